import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors';
import { LANGUAGES, type Language } from './language';

/** A text in the languages its source gives; a language the source does not give is absent or null. */
export type LocalizedTextValue = { readonly [L in Language]?: string | null };

/** The GraphQL `Language` enum value of a language (`nl` → `NL`). */
export type LanguageCode = Uppercase<Language>;

/** What the shared `Text` type resolves from: a text in one language, and whether that is the language asked. */
export type TextInLanguage = {
  value: string;
  language: LanguageCode;
  requestedLanguage: LanguageCode;
  isFallback: boolean;
};

/** The `lang` argument of `name(lang:)`, `title(lang:)`, `text(lang:)`. */
export type LanguageArgs = { lang?: LanguageCode | null };

/** The part of a request's context the text resolvers read: the language negotiated from Accept-Language. */
export type LanguageContext = { language: Language };

/** A language code stored in the database or the content (`nl`, `FR`) as the GraphQL enum value; anything else is a data error. */
export function languageEnum(code: string): LanguageCode {
  const language = code.toLowerCase();
  if (!(LANGUAGES as readonly string[]).includes(language)) {
    throw new GraphQLError(`Unknown language code ${JSON.stringify(code)}: expected one of ${LANGUAGES.join(', ')}.`, {
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  }
  return language.toUpperCase() as LanguageCode;
}

/** The language a caller asks for: the `lang` argument wins over the request's Accept-Language. */
export function requestedLanguage(lang: LanguageCode | null | undefined, requestLanguage: Language): Language {
  return lang ? (lang.toLowerCase() as Language) : requestLanguage;
}

/**
 * The text in `requested`, else in the first language of `fallbackOrder` that the text has (then any other), saying
 * which language it is and whether it is a fallback; null when the text exists in no language.
 */
export function pickText(
  text: LocalizedTextValue | null | undefined,
  requested: Language,
  fallbackOrder: readonly Language[],
): TextInLanguage | null {
  if (!text) return null;
  for (const language of [requested, ...fallbackOrder, ...LANGUAGES]) {
    const value = text[language];
    if (value) {
      return {
        value,
        language: languageEnum(language),
        requestedLanguage: languageEnum(requested),
        isFallback: language !== requested,
      };
    }
  }
  return null;
}

export type LocalizedTextResolversOptions = {
  /**
   * The languages tried, in order, when a text is not given in the language asked: a level's own working languages
   * first (English first for EU sources, Dutch first for Flemish ones). Languages it leaves out are tried last.
   */
  fallbackOrder: readonly Language[];
};

/** One level's multilingual text resolvers, all picking a language the same way. */
export type LocalizedTextResolvers = {
  /** `name(lang:)` / `title(lang:)` of a text every record has: a record without it in any language is a data error. */
  textIn: (text: LocalizedTextValue, lang: LanguageCode | null | undefined, requestLanguage: Language) => string;
  /** `description(lang:)` of a text a record may lack: null when it has it in no language. */
  optionalTextIn: (text: LocalizedTextValue | null | undefined, lang: LanguageCode | null | undefined, requestLanguage: Language) => string | null;
  /** `LocalizedText.text(lang:)`: the text with its language and whether it is a fallback. */
  LocalizedText: {
    text: (text: LocalizedTextValue, args: LanguageArgs, context: LanguageContext) => TextInLanguage | null;
  };
};

/**
 * The resolvers of multilingual text for one level (DESIGN.md principle 13: one mechanism, every level): the `lang`
 * argument wins, then the request's Accept-Language, then `fallbackOrder`. The string fields keep answering a bare
 * string; `LocalizedText.text` answers the same choice with its language and whether it is a fallback, so a client
 * can say "(in Dutch)" honestly.
 */
export function createLocalizedTextResolvers({ fallbackOrder }: LocalizedTextResolversOptions): LocalizedTextResolvers {
  const optionalTextIn: LocalizedTextResolvers['optionalTextIn'] = (text, lang, requestLanguage) =>
    pickText(text, requestedLanguage(lang, requestLanguage), fallbackOrder)?.value ?? null;
  return {
    textIn: (text, lang, requestLanguage) => {
      const value = optionalTextIn(text, lang, requestLanguage);
      if (value === null) {
        throw new GraphQLError(`A record has no text in any language: ${JSON.stringify(text)}`, {
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
        });
      }
      return value;
    },
    optionalTextIn,
    LocalizedText: {
      text: (text, { lang }, { language }) => pickText(text, requestedLanguage(lang, language), fallbackOrder),
    },
  };
}
