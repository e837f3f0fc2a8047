import { coversJurisdiction, territoryOfNis, type Identity } from './identity';
import { POLICE_ZONES } from './police-zones';

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

describe('coversJurisdiction with police zones', () => {
  const zones = new Map([['5411', ['41002', '41082']]]);
  it('lets a zone: jurisdiction cover the municipalities of its zone, and a cell shared with one of them', () => {
    expect(coversJurisdiction(identity('zone:5411'), { municipalities: ['41082'] }, zones)).toBe(true);
    expect(coversJurisdiction(identity('zone:5411'), { municipalities: ['44021', '41002'] }, zones)).toBe(true);
    expect(coversJurisdiction(identity('zone:5411'), { municipalities: ['44021'] }, zones)).toBe(false);
    expect(coversJurisdiction(identity('zone:5412'), { municipalities: ['41002'] }, zones)).toBe(false);
  });
  it('reads zones from the reference the federal level publishes by default', () => {
    const [zone, municipalities] = [...POLICE_ZONES].find(([, members]) => members.includes('41002'))!;
    expect(coversJurisdiction(identity(`zone:${zone}`), { municipalities: [municipalities[municipalities.length - 1]!] })).toBe(true);
    expect(coversJurisdiction(identity(`zone:${zone}`), { municipalities: ['92094'] })).toBe(false);
  });
});
