import { foldForSearch } from '../../fold-for-search';
import { type policeZoneMunicipalities, type policeZones } from '../../schema/federal';
import { createSeededRandom } from '../seeded-random';
import { type TerritoryMunicipality } from './territory';

export type GeneratePoliceZonesOptions = {
  /** How many zones to make in all. */
  total: number;
  municipalities: readonly TerritoryMunicipality[];
  provenance: { source: string; sourceKind: 'SAMPLE'; sourceUrl: null; referenceDate: string };
  seed: string;
};

/**
 * Shares `total` zones out over the arrondissements in proportion to their municipalities (largest
 * remainder, at least one zone each, never more zones than municipalities).
 */
function zonesPerArrondissement(sizes: ReadonlyMap<string, number>, total: number): Map<string, number> {
  const municipalities = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  if (total < sizes.size || total > municipalities) throw new Error(`Cannot make ${total} zones from ${municipalities} municipalities in ${sizes.size} arrondissements`);
  const quotas = [...sizes].map(([arrondissement, size]) => {
    const exact = (size * total) / municipalities;
    return { arrondissement, size, zones: Math.min(size, Math.max(1, Math.floor(exact))), remainder: exact - Math.floor(exact) };
  });
  let missing = total - quotas.reduce((sum, quota) => sum + quota.zones, 0);
  const byRemainder = [...quotas].sort((a, b) => b.remainder - a.remainder || a.arrondissement.localeCompare(b.arrondissement));
  while (missing !== 0) {
    let changed = false;
    for (const quota of byRemainder) {
      if (missing > 0 && quota.zones < quota.size) {
        quota.zones += 1;
        missing -= 1;
        changed = true;
      } else if (missing < 0 && quota.zones > 1) {
        quota.zones -= 1;
        missing += 1;
        changed = true;
      }
      if (missing === 0) break;
    }
    if (!changed) throw new Error('Zone quotas do not converge');
  }
  return new Map(quotas.map((quota) => [quota.arrondissement, quota.zones]));
}

/**
 * Illustration police zones: every 2025 municipality in exactly one zone, zones never crossing an
 * arrondissement, `total` zones in all. They are not the real zones: the sources give no zone composition.
 */
export function generatePoliceZones(options: GeneratePoliceZonesOptions): {
  zones: Array<typeof policeZones.$inferInsert>;
  members: Array<typeof policeZoneMunicipalities.$inferInsert>;
} {
  const random = createSeededRandom(options.seed, 'sha256-counter');
  const byArrondissement = new Map<string, TerritoryMunicipality[]>();
  for (const municipality of [...options.municipalities].sort((a, b) => a.nis.localeCompare(b.nis))) {
    const list = byArrondissement.get(municipality.arrondissementNis) ?? [];
    list.push(municipality);
    byArrondissement.set(municipality.arrondissementNis, list);
  }
  const quotas = zonesPerArrondissement(new Map([...byArrondissement].map(([key, list]) => [key, list.length])), options.total);
  const zones: Array<typeof policeZones.$inferInsert> = [];
  const members: Array<typeof policeZoneMunicipalities.$inferInsert> = [];
  for (const [arrondissementNis, list] of [...byArrondissement].sort(([a], [b]) => a.localeCompare(b))) {
    const count = quotas.get(arrondissementNis) ?? 1;
    const shuffled = random.shuffle(list);
    for (let index = 0; index < count; index += 1) {
      // Near-equal parts: part i takes the municipalities from floor(i*n/k) to floor((i+1)*n/k).
      const part = shuffled
        .slice(Math.floor((index * shuffled.length) / count), Math.floor(((index + 1) * shuffled.length) / count))
        .sort((a, b) => a.nis.localeCompare(b.nis));
      const head = part[0];
      if (!head) throw new Error(`Empty zone in arrondissement ${arrondissementNis}`);
      const id = `SAMPLE-${arrondissementNis.slice(0, 2)}${String(index + 1).padStart(2, '0')}`;
      const name = `Sample zone ${part.map((municipality) => municipality.localName).join('/')}`;
      zones.push({
        id,
        name,
        provinceNis: head.provinceNis,
        regionIso: head.regionIso,
        sortKey: foldForSearch(name),
        searchText: foldForSearch(name, ...part.map((municipality) => municipality.localName)),
        ...options.provenance,
      });
      for (const municipality of part) members.push({ municipalityNis: municipality.nis, zoneId: id, ...options.provenance });
    }
  }
  return { zones, members };
}
