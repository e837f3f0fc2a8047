import { readBelgianReferenceData } from '../municipalities/read-belgian-reference-data';
import { generateMobileTeamVisits } from './generate-mobile-team-visits';
import { generatePoliceZones } from './generate-police-zones';
import { createSeededRandom } from '../seeded-random';
import { toTerritoryMunicipality } from './territory';

const territory = readBelgianReferenceData().municipalities.map(toTerritoryMunicipality);
const sample = { source: 'test', sourceKind: 'SAMPLE' as const, sourceUrl: null };

describe('federal SAMPLE generators', () => {
  it('draws the same numbers for the same seed string, and other numbers for another', () => {
    const draw = (seed: string) => Array.from({ length: 5 }, createSeededRandom(seed, 'sha256-counter').next);
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    expect(draw('a').every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('generates exactly the published number of visits, inside the period, deterministically', () => {
    const options = { total: 81, from: '2016-05-01', to: '2018-10-14', teamOrganisationId: 'mobile-team', municipalities: territory, offerByTopic: {}, provenance: sample, seed: 's' };
    const visits = generateMobileTeamVisits(options);
    expect(visits).toHaveLength(81);
    expect(visits.every((visit) => visit.date >= '2016-05-01' && visit.date <= '2018-10-14')).toBe(true);
    expect(new Set(visits.map((visit) => visit.id)).size).toBe(81);
    expect(generateMobileTeamVisits(options)).toEqual(visits);
    expect(generateMobileTeamVisits({ ...options, total: 12 })).toHaveLength(12);
  });

  it('makes the asked number of zones, each inside one arrondissement, covering every municipality once', () => {
    const { zones, members } = generatePoliceZones({ total: 178, municipalities: territory, provenance: { ...sample, referenceDate: '2025-01-01' }, seed: 's' });
    expect(zones).toHaveLength(178);
    expect(members.map((member) => member.municipalityNis).sort()).toEqual(territory.map((municipality) => municipality.nis).sort());
    const arrondissementOf = new Map(territory.map((municipality) => [municipality.nis, municipality.arrondissementNis]));
    for (const zone of zones) {
      const arrondissements = new Set(members.filter((member) => member.zoneId === zone.id).map((member) => arrondissementOf.get(member.municipalityNis)));
      expect(arrondissements.size).toBe(1);
    }
  });
});
