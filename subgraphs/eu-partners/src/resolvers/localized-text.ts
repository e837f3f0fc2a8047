import { type Language } from '@cohesion/kit';
import { GraphQLError } from 'graphql';
import { type LocalizedTextValue } from '../data/rows';
import { type Language as LanguageEnum } from '../generated/resolvers-types';

// When neither the argument nor Accept-Language finds a text, any language given will do, English first: the
// working language of most EU-level sources.
const FALLBACK_ORDER: readonly Language[] = ['en', 'nl', 'fr', 'de'];

/** `name(lang:)` / `title(lang:)`: the argument wins, then the request's Accept-Language, then any language given. */
export function textIn(text: LocalizedTextValue, lang: LanguageEnum | null | undefined, requestLanguage: Language): string {
  const wanted = (lang?.toLowerCase() as Language | undefined) ?? requestLanguage;
  for (const language of [wanted, ...FALLBACK_ORDER]) {
    const value = text[language];
    if (value) return value;
  }
  throw new GraphQLError(`A record has no text in any language: ${JSON.stringify(text)}`);
}

/** A language code stored in the database (`en`) as the GraphQL enum value (`EN`). */
export function languageEnum(code: string): LanguageEnum {
  return code.toUpperCase() as LanguageEnum;
}
