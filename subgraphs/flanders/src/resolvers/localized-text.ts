import { type Language } from '@cohesion/kit';
import { type LocalizedTextValue } from '../data/rows';
import { type Language as LanguageEnum } from '../generated/resolvers-types';

const FALLBACK_ORDER: readonly Language[] = ['nl', 'en', 'fr', 'de'];

/**
 * `name(lang:)` / `title(lang:)`: the argument wins, then the request's Accept-Language; when the source
 * gives no text in that language, the first of Dutch, English, French, German that it does give.
 */
export function textIn(text: LocalizedTextValue, lang: LanguageEnum | null | undefined, requestLanguage: Language): string {
  const wanted = (lang?.toLowerCase() as Language | undefined) ?? requestLanguage;
  for (const language of [wanted, ...FALLBACK_ORDER]) {
    const value = text[language];
    if (value) return value;
  }
  throw new Error('A localized text has no text in any language');
}
