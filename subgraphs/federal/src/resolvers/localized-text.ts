import { type Language } from '@cohesion/kit';
import { GraphQLError } from 'graphql';
import { type LocalizedTextSource } from '../data/rows';
import { type Language as LanguageEnum } from '../generated/resolvers-types';

/** When neither the argument nor the request's language has a text: Dutch, French, English, then German. */
const FALLBACK_ORDER: readonly Language[] = ['nl', 'fr', 'en', 'de'];

/**
 * `name(lang:)`, `title(lang:)`, `description(lang:)`: the argument wins, then the request's Accept-Language, then
 * any language the source gives. Null when the text is absent altogether.
 */
export function pickText(
  text: LocalizedTextSource | null | undefined,
  lang: LanguageEnum | null | undefined,
  requestLanguage: Language,
): string | null {
  if (!text) return null;
  const preferred = (lang?.toLowerCase() as Language | undefined) ?? requestLanguage;
  for (const language of [preferred, ...FALLBACK_ORDER]) {
    const value = text[language];
    if (value) return value;
  }
  return null;
}

/** Like `pickText`, for texts every record has (names, titles): their absence is a data error, not a null. */
export function pickRequiredText(
  text: LocalizedTextSource,
  lang: LanguageEnum | null | undefined,
  requestLanguage: Language,
  what: string,
): string {
  const value = pickText(text, lang, requestLanguage);
  if (value === null) throw new GraphQLError(`No text in any language for ${what}`);
  return value;
}
