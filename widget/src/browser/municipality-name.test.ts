import { municipalityName, ownLanguages } from './municipality-name';

describe('municipalityName', () => {
  const liege = { nl: 'Luik', fr: 'Liège', de: 'Lüttich' };

  it('gives the official name in the reader’s language for Dutch, French and German', () => {
    expect(municipalityName('62063', liege, 'nl')).toBe('Luik');
    expect(municipalityName('62063', liege, 'fr')).toBe('Liège');
    expect(municipalityName('62063', liege, 'de')).toBe('Lüttich');
  });

  it('falls back for English on the name the municipality uses itself', () => {
    expect(municipalityName('62063', liege, 'en')).toBe('Liège');
    expect(municipalityName('11002', { nl: 'Antwerpen', fr: 'Anvers', de: 'Antwerpen' }, 'en')).toBe('Antwerpen');
    expect(municipalityName('63040', { nl: 'Kelmis', fr: 'La Calamine', de: 'Kelmis' }, 'en')).toBe('Kelmis');
    expect(municipalityName('21009', { nl: 'Elsene', fr: 'Ixelles', de: 'Ixelles' }, 'en')).toBe('Ixelles / Elsene');
    expect(municipalityName('21008', { nl: 'Ganshoren', fr: 'Ganshoren', de: 'Ganshoren' }, 'en')).toBe('Ganshoren');
  });

  it('places the Flemish and Walloon halves of Brabant in their language areas', () => {
    expect(ownLanguages('24062')).toEqual(['nl']);
    expect(ownLanguages('23088')).toEqual(['nl']);
    expect(ownLanguages('25072')).toEqual(['fr']);
    expect(ownLanguages('92094')).toEqual(['fr']);
  });
});
