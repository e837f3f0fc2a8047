import { coversJurisdiction, territoryOfNis, type Identity } from './identity';

const identity = (...jurisdictions: string[]): Identity => ({ subject: 't', scopes: new Set(), jurisdictions, organisation: null });

describe('territoryOfNis', () => {
  it.each([
    ['41002', '40000', 'BE-VLG'],
    ['46030', '40000', 'BE-VLG'],
    ['21004', null, 'BE-BRU'],
    ['23106', '20001', 'BE-VLG'],
    ['24062', '20001', 'BE-VLG'],
    ['25072', '20002', 'BE-WAL'],
    ['63040', '60000', 'BE-WAL'],
    ['73111', '70000', 'BE-VLG'],
    ['92094', '90000', 'BE-WAL'],
  ])('places %s in province %s and region %s', (nis, provinceNis, regionIso) => {
    expect(territoryOfNis(nis)).toEqual({ provinceNis, regionIso });
  });
});

describe('coversJurisdiction', () => {
  const aalst = { municipalities: ['41002'] };
  it('lets a municipal role see its own municipality only', () => {
    expect(coversJurisdiction(identity('nis:41002'), aalst)).toBe(true);
    expect(coversJurisdiction(identity('nis:44021'), aalst)).toBe(false);
  });
  it('lets a shared cell be seen from any of its municipalities', () => {
    expect(coversJurisdiction(identity('nis:44021'), { municipalities: ['41002', '44021'] })).toBe(true);
  });
  it('lets a provincial, regional and federal role see what lies within', () => {
    expect(coversJurisdiction(identity('prov:40000'), aalst)).toBe(true);
    expect(coversJurisdiction(identity('prov:10000'), aalst)).toBe(false);
    expect(coversJurisdiction(identity('BE-VLG'), aalst)).toBe(true);
    expect(coversJurisdiction(identity('BE-WAL'), aalst)).toBe(false);
    expect(coversJurisdiction(identity('BE'), aalst)).toBe(true);
    expect(coversJurisdiction(identity('BE-VLG'), { provinces: ['40000'] })).toBe(true);
    expect(coversJurisdiction(identity('BE-WAL'), { provinces: ['40000'] })).toBe(false);
  });
  it('covers police zones and the EU level only when held', () => {
    expect(coversJurisdiction(identity('zone:5411'), { zones: ['5411'] })).toBe(true);
    expect(coversJurisdiction(identity('zone:5412'), { zones: ['5411'] })).toBe(false);
    expect(coversJurisdiction(identity('EU'), { eu: true })).toBe(true);
    expect(coversJurisdiction(identity('nis:41002'), { eu: true })).toBe(false);
  });
  it('covers nothing for an anonymous caller', () => {
    expect(coversJurisdiction(null, aalst)).toBe(false);
  });
});
