import { type Language } from '@cohesion/kit';
import { type LocalizedTextValue } from '../data/rows';
import { type Language as LanguageEnum } from '../generated/resolvers-types';

/** Languages tried after the asked one, when a text does not exist in it: the official languages first. */
const FALLBACK_ORDER: readonly Language[] = ['nl', 'fr', 'de', 'en'];

/**
 * `name(lang:)` / `title(lang:)`: the argument wins, then the request's Accept-Language; when the source gives the
 * text in neither, any language it does give (Dutch, French, German, English, in that order).
 */
export function textIn(text: LocalizedTextValue, lang: LanguageEnum | null | undefined, requestLanguage: Language): string {
  const wanted = (lang?.toLowerCase() as Language | undefined) ?? requestLanguage;
  for (const language of [wanted, ...FALLBACK_ORDER]) {
    const value = text[language];
    if (value) return value;
  }
  throw new Error(`A localized text has no language at all: ${JSON.stringify(text)}`);
}

/** Stored language codes (`nl`) as the shared Language enum (`NL`); anything else is a seed error. */
export function languageEnum(code: string): LanguageEnum {
  const upper = code.toUpperCase();
  if (upper !== 'NL' && upper !== 'FR' && upper !== 'DE' && upper !== 'EN') throw new Error(`Unknown language code ${code}`);
  return upper;
}
