import { GraphQLError } from 'graphql';
import { createLocalizedTextResolvers, languageEnum, pickText } from './localized-text';

describe('multilingual text', () => {
  const dutchOnly = { nl: 'Bravvo vzw' };
  const dutchAndFrench = { nl: 'Brussel Preventie en Veiligheid', fr: 'Bruxelles Prévention & Sécurité' };

  it('answers in the requested language when the source gives it, and says it is no fallback', () => {
    expect(pickText(dutchAndFrench, 'fr', ['nl'])).toEqual({
      value: 'Bruxelles Prévention & Sécurité',
      language: 'FR',
      requestedLanguage: 'FR',
      isFallback: false,
    });
  });

  it('falls back in the level’s order, then to any language given, and says which language it answers in', () => {
    expect(pickText(dutchOnly, 'fr', ['en', 'nl'])).toEqual({ value: 'Bravvo vzw', language: 'NL', requestedLanguage: 'FR', isFallback: true });
    expect(pickText({ nl: 'Dutch', en: 'English' }, 'fr', ['en', 'nl'])?.language).toBe('EN');
    expect(pickText({ de: 'Nur Deutsch', nl: null }, 'fr', ['nl'])).toMatchObject({ value: 'Nur Deutsch', language: 'DE', isFallback: true });
    expect(pickText({ nl: '', fr: 'Texte' }, 'nl', ['nl'])).toMatchObject({ language: 'FR', isFallback: true });
  });

  it('is null for a text in no language', () => {
    expect(pickText({}, 'nl', ['nl'])).toBeNull();
    expect(pickText(null, 'nl', ['nl'])).toBeNull();
  });

  describe('a level’s resolvers', () => {
    const text = createLocalizedTextResolvers({ fallbackOrder: ['nl', 'fr'] });

    it('let the lang argument win over the request’s Accept-Language', () => {
      expect(text.textIn(dutchAndFrench, 'NL', 'fr')).toBe('Brussel Preventie en Veiligheid');
      expect(text.textIn(dutchAndFrench, null, 'fr')).toBe('Bruxelles Prévention & Sécurité');
      expect(text.LocalizedText.text(dutchOnly, {}, { language: 'fr' })).toMatchObject({ language: 'NL', requestedLanguage: 'FR', isFallback: true });
      expect(text.LocalizedText.text(dutchOnly, { lang: 'DE' }, { language: 'fr' })).toMatchObject({ requestedLanguage: 'DE', isFallback: true });
    });

    it('answer null for a missing optional text and a coded error for a required one', () => {
      expect(text.optionalTextIn(null, 'FR', 'nl')).toBeNull();
      expect(() => text.textIn({ fr: null }, 'FR', 'nl')).toThrow(GraphQLError);
      expect(() => text.textIn({ fr: null }, 'FR', 'nl')).toThrow('A record has no text in any language: {"fr":null}');
    });
  });

  it('reads stored language codes as enum values and refuses unknown ones', () => {
    expect(languageEnum('fr')).toBe('FR');
    expect(languageEnum('EN')).toBe('EN');
    expect(() => languageEnum('xx')).toThrow('Unknown language code "xx": expected one of nl, fr, de, en.');
  });
});
