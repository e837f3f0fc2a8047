import { type Language } from '@cohesion/kit';
import { type Language as LanguageEnum } from '../generated/resolvers-types';
import { type NamesSource } from '../data/rows';

/** The name in the unit's own language: German for D, French for F and FN, Dutch otherwise. */
function ownLanguageName(source: NamesSource): string {
  if (source.languageRegime === 'D' && source.nameDe) return source.nameDe;
  return source.languageRegime === 'F' || source.languageRegime === 'FN' ? source.nameFr : source.nameNl;
}

/**
 * The German name where Statbel has one, else the name in the unit's own language (the 13 municipalities
 * created in 2025 have no German designation yet).
 */
export function germanName(source: NamesSource): string {
  return source.nameDe ?? ownLanguageName(source);
}

/** `name(lang:)`: the argument wins, then the request's Accept-Language. English falls back to the own-language name. */
export function nameIn(source: NamesSource & { nameEn?: string }, lang: LanguageEnum | null | undefined, requestLanguage: Language): string {
  const language = (lang?.toLowerCase() as Language | undefined) ?? requestLanguage;
  switch (language) {
    case 'nl':
      return source.nameNl;
    case 'fr':
      return source.nameFr;
    case 'de':
      return germanName(source);
    case 'en':
      return source.nameEn ?? ownLanguageName(source);
  }
}
