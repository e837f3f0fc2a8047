import { checkTimeRange } from '@cohesion/kit';
import { countDocumentsPerType } from '../data/count-documents-per-type';
import { countEventsPerKind } from '../data/count-events-per-kind';
import { countEventsPerMonth } from '../data/count-events-per-month';
import { countEventsPerOrganiser } from '../data/count-events-per-organiser';
import { countMunicipalPartnershipsPerProvince } from '../data/count-municipal-partnerships-per-province';
import { countProjectsPerFundingProgramme } from '../data/count-projects-per-funding-programme';
import { countWorkingGroupsPerOrganisation } from '../data/count-working-groups-per-organisation';
import { type FigureSource, type LocalizedTextValue } from '../data/rows';
import { type EuFigureResolvers, type EuFiguresResolvers } from '../generated/resolvers-types';

/** `LUNCH_BRIEFING` → `Lunch briefing`. */
function labelOfCode(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function labelOfOrganisation(id: string, name: LocalizedTextValue | null): string {
  return name?.en ?? name?.nl ?? name?.fr ?? name?.de ?? id;
}

export const figuresResolvers: EuFiguresResolvers = {
  eventsPerMonth: async (_level, { from, to }, { db }) => {
    const rows = await countEventsPerMonth(db, checkTimeRange({ from, to }));
    return rows.map(({ month, value }): FigureSource => ({ label: month, keys: [{ name: 'month', value: month }], value }));
  },
  eventsPerKind: async (_level, _args, { db }) =>
    (await countEventsPerKind(db)).map(({ kind, value }) => ({ label: labelOfCode(kind), keys: [{ name: 'kind', value: kind }], value })),
  eventsPerOrganiser: async (_level, _args, { db }) =>
    (await countEventsPerOrganiser(db)).map(({ organisationId, level, name, value }) => ({
      label: labelOfOrganisation(organisationId, name),
      keys: [
        { name: 'organisation', value: organisationId },
        { name: 'level', value: level },
      ],
      value,
    })),
  projectsPerFundingProgramme: async (_level, _args, { db }) =>
    (await countProjectsPerFundingProgramme(db)).map(({ fundingProgramme, value }) => ({
      label: fundingProgramme ?? 'Funding programme not stated',
      keys: [{ name: 'fundingProgramme', value: fundingProgramme ?? 'NOT_STATED' }],
      value,
    })),
  municipalPartnershipsPerProvince: async (_level, _args, { db }) =>
    (await countMunicipalPartnershipsPerProvince(db)).map(({ provinceNis, regionNis, value }) => ({
      label: provinceNis ? `Province ${provinceNis}` : `Region ${regionNis}`,
      keys: provinceNis ? [{ name: 'province', value: provinceNis }] : [{ name: 'region', value: regionNis ?? '' }],
      value,
    })),
  documentsPerType: async (_level, _args, { db }) =>
    (await countDocumentsPerType(db)).map(({ type, value }) => ({ label: labelOfCode(type), keys: [{ name: 'type', value: type }], value })),
  workingGroupsPerOrganisation: async (_level, _args, { db }) =>
    (await countWorkingGroupsPerOrganisation(db)).map(({ organisationId, name, value }) => ({
      label: labelOfOrganisation(organisationId, name),
      keys: [{ name: 'organisation', value: organisationId }],
      value,
    })),
};

// None of this level's figures counts people or cases, and none comes from generated data: nothing is withheld.
export const figureResolvers: EuFigureResolvers = {
  value: (figure) => figure.value,
  suppressed: () => false,
  suppressionReason: () => null,
  sample: () => false,
};
