import { type WidgetLanguage } from './labels';

export type MunicipalityNames = { nl: string; fr: string; de: string };

/** The 2025 NIS codes of the nine municipalities of the German-speaking Community. */
const GERMAN_SPEAKING = new Set(['63001', '63012', '63013', '63023', '63040', '63048', '63061', '63067', '63087']);

/** Flemish provinces by the leading digits of their municipalities' NIS codes (Antwerp, Flemish Brabant, West and East Flanders, Limburg). */
const FLEMISH_PREFIXES = ['1', '23', '24', '3', '4', '7'];

/**
 * The language(s) a municipality names itself in, from its 2025 NIS code: the territory's language areas,
 * which the Constitution fixes (art. 4), so this cannot drift from the data.
 */
export function ownLanguages(nis: string): Array<keyof MunicipalityNames> {
  if (nis.startsWith('21')) return ['fr', 'nl'];
  if (GERMAN_SPEAKING.has(nis)) return ['de'];
  if (FLEMISH_PREFIXES.some((prefix) => nis.startsWith(prefix))) return ['nl'];
  return ['fr'];
}

/**
 * A municipality's name for a reader of `language`: the official name in Dutch, French or German; for English,
 * which has no official names, the name the municipality uses itself ("Liège", "Antwerpen", "Eupen"),
 * both names for the bilingual Brussels municipalities ("Ixelles / Elsene").
 */
export function municipalityName(nis: string, names: MunicipalityNames, language: WidgetLanguage): string {
  if (language !== 'en') return names[language];
  const own = [...new Set(ownLanguages(nis).map((lang) => names[lang]))];
  return own.join(' / ');
}
