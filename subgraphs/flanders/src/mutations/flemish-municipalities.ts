import { checkNisCodeInput, invalidValue, territoryOfNis, type UserError } from '@cohesion/kit';

// The offers VVSG's coaching, EMMASCAN and helpdesk records belong to (the seed's ids, db/seed/content/flanders.json).
export const COACHING_OFFER_ID = 'vvsg-begeleidings-coachingstraject-livc-r';
export const EMMASCAN_OFFER_ID = 'vvsg-emmascan';
export const HELPDESK_OFFER_ID = 'vvsg-helpdesk';

/**
 * The municipalities of a coaching trajectory or an EMMASCAN evaluation: one to 20 distinct Flemish municipalities
 * (VVSG coaches Flemish local governments only), by five-digit NIS code.
 */
export function checkFlemishMunicipalities(path: string, values: readonly string[]): UserError[] {
  if (values.length === 0 || values.length > 20)
    return [
      invalidValue(path, values, 'expected 1 to 20 Flemish municipalities by NIS code, e.g. ["41002"]'),
    ];
  const errors = values.flatMap((nis, index) => {
    const malformed = checkNisCodeInput(`${path}.${index}`, nis);
    if (malformed) return [malformed];
    return territoryOfNis(nis).regionIso === 'BE-VLG'
      ? []
      : [invalidValue(`${path}.${index}`, nis, 'expected a municipality of the Flemish Region')];
  });
  const duplicate = values.find((nis, index) => values.indexOf(nis) !== index);
  return duplicate ? [...errors, invalidValue(path, duplicate, 'expected each municipality once')] : errors;
}

/** The rows linking a record to its municipalities, with each municipality's province (for province filters). */
export function municipalityLinks(values: readonly string[]) {
  return values.map((nis) => ({ nis, provinceNis: territoryOfNis(nis).provinceNis as string }));
}
