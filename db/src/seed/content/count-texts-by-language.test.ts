import { countContentTextsByLanguage, countTextsByLanguage } from './count-texts-by-language';

describe('texts per language in the seed content', () => {
  it('counts every object keyed by language codes, and a language only where its text is given', () => {
    const content = { name: { nl: 'Bravvo vzw' }, offers: [{ title: { nl: 'Handvatten', fr: null, en: '' } }, { title: { fr: 'CAPREV' } }], acronym: 'BPV' };
    expect(countTextsByLanguage(content)).toEqual({ texts: 3, nl: 2, fr: 1, de: 0, en: 0 });
  });

  // The sources hold Dutch and English pages; French appears only in a few names (DOMAIN.md's glossary and coverage
  // table), German nowhere. These numbers change only with what the sources give: update them with the content.
  it('has French only where the sources give it: six texts, none in German', () => {
    expect(countContentTextsByLanguage()).toEqual({
      'eu-partners.json': { texts: 101, nl: 31, fr: 0, de: 0, en: 78 },
      'federal.json': { texts: 59, nl: 43, fr: 2, de: 0, en: 38 },
      'flanders.json': { texts: 235, nl: 219, fr: 0, de: 0, en: 35 },
      'named-items.json': { texts: 0, nl: 0, fr: 0, de: 0, en: 0 },
      'wallonia-brussels.json': { texts: 72, nl: 58, fr: 4, de: 0, en: 32 },
    });
  });
});
