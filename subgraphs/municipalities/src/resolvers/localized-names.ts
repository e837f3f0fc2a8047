import { pickText, requestedLanguage, type Language, type LanguageCode, type LocalizedTextValue, type TextInLanguage } from '@cohesion/kit';
import { type NamesSource } from '../data/rows';

/** The languages a unit's name falls back to: its own language first (German for D, French for F and FN, else Dutch). */
function fallbackOrder(source: NamesSource): readonly Language[] {
  if (source.languageRegime === 'D') return ['de', 'fr', 'nl'];
  return source.languageRegime === 'F' || source.languageRegime === 'FN' ? ['fr', 'nl'] : ['nl', 'fr'];
}

/** The names Statbel gives: every unit has a Dutch and a French name, not always a German one, and English only for some. */
function namesOf(source: NamesSource): LocalizedTextValue {
  return { nl: source.nameNl, fr: source.nameFr, de: source.nameDe, en: source.nameEn };
}

/**
 * `name(lang:)` with the language it is in: the argument wins, then the request's Accept-Language; where Statbel gives
 * no name in that language (German for the 13 municipalities created in 2025, English for most), the unit's own language.
 */
export function nameText(source: NamesSource, lang: LanguageCode | null | undefined, requestLanguage: Language): TextInLanguage {
  const text = pickText(namesOf(source), requestedLanguage(lang, requestLanguage), fallbackOrder(source));
  // Unreachable: the Dutch and French names are NOT NULL columns.
  if (!text) throw new Error(`No name at all for ${JSON.stringify(source)}`);
  return text;
}

/** `name(lang:)`: the name alone. */
export function nameIn(source: NamesSource, lang: LanguageCode | null | undefined, requestLanguage: Language): string {
  return nameText(source, lang, requestLanguage).value;
}

/** The German name where Statbel has one, else the name in the unit's own language. */
export function germanName(source: NamesSource): string {
  return nameIn(source, 'DE', 'de');
}
