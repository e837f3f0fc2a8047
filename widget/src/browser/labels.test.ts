import { LABELS, toWidgetLanguage, WIDGET_LANGUAGES } from './labels';
import { DEMO_LABELS } from './demo-labels';

describe('the widget’s labels', () => {
  it.each(WIDGET_LANGUAGES)('gives every string in %s, none empty, none left in English by mistake', (language) => {
    for (const table of [LABELS, DEMO_LABELS] as const) {
      const english = table.en as Record<string, unknown>;
      const labels = table[language] as Record<string, unknown>;
      expect(Object.keys(labels).sort()).toEqual(Object.keys(english).sort());
      for (const [key, value] of Object.entries(labels)) {
        if (typeof value === 'string') expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
      }
    }
    if (language !== 'en') expect(LABELS[language].errorTitle).not.toBe(LABELS.en.errorTitle);
  });

  it('writes the coverage summary with the figures it is given', () => {
    const figures = { covered: 382, total: 565, cells: 253, sharedCells: 71, area: 'België', date: '15 juni 2019' };
    expect(LABELS.nl.summary(figures)).toBe(
      'België: 382 van de 565 gemeenten hebben een LIVC-R, in 253 cellen (waarvan 71 gedeeld door meerdere gemeenten), op 15 juni 2019.',
    );
    expect(LABELS.fr.summary({ ...figures, area: 'Belgique', date: '15 juin 2019' })).toContain('Belgique\u00a0: 382 communes sur 565');
  });

  it('follows the page language by its primary subtag, and speaks English otherwise', () => {
    expect(toWidgetLanguage('fr-BE')).toBe('fr');
    expect(toWidgetLanguage('NL')).toBe('nl');
    expect(toWidgetLanguage('de_BE')).toBe('de');
    expect(toWidgetLanguage('es')).toBe('en');
    expect(toWidgetLanguage('')).toBe('en');
    expect(toWidgetLanguage(undefined)).toBe('en');
  });
});
