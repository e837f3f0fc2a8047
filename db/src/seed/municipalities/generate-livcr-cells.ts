import { neighbors } from 'topojson-client';
import { createSeededRandom, type SeededRandom } from '../seeded-random';
import { type BelgianReferenceData, type MunicipalityRecord } from './read-belgian-reference-data';

/**
 * SAMPLE LIVC-R records: which municipality has a cell, since when, shared with whom. Per-municipality cell
 * records are not public, so they are generated deterministically (a seeded PRNG, never Math.random) to be
 * consistent with the dated public observations (livcr-coverage-observations.ts). See the subgraph README.
 *
 * Unit of count: the observations counted the 581 municipalities of 2019–2024, the hub has the 565 of 2025.
 * Memberships are recorded for 2025 municipalities, and a 2025 municipality counts for as many 2019–2024
 * municipalities as it has predecessors: we assume the predecessors of a merged municipality were in the same
 * cell before the merger (the 2025 mergers joined neighbours, mostly of one police zone). So "municipalities
 * covered" in the sources' unit is the number of predecessors of the covered 2025 municipalities.
 */
export const LIVCR_SAMPLE_SEED = 'cohesion-hub/livcr-cells/sample-v1';

export const LIVCR_SAMPLE_SOURCE =
  'Cohesion Hub demonstration data: generated, consistent with the dated public LIVC-R coverage observations (ibz.be 2016, vanessamatz.be 2018, besafe.be 2019, mrsenat.be 2019, Parlement de Wallonie 2021); not a fact about a real municipality';
export const LIVCR_SAMPLE_REFERENCE_DATE = '2026-06-30';

const FLANDERS = '02000';
const WALLONIA = '03000';
const BRUSSELS = '04000';

/** The state each region reaches on a date: cells that exist, and municipalities covered in 2019–2024 units. */
type Checkpoint = { date: string; cells: number; units: number };

/**
 * The published figures where the sources give them per region; between them, our interpolation (marked).
 * 2018-10-17 gives only national totals (230 / 339) and full coverage of Brussels: the Flemish / Walloon
 * split follows the 2016 → 2019 trend. Flanders 2021 and every figure after the last observation are the
 * hub's assumption of slow growth (VVSG coaching trajectories from 2022, the Walloon CSIL-R support).
 */
const TARGETS: Record<string, Checkpoint[]> = {
  [FLANDERS]: [
    { date: '2016-05-27', cells: 77, units: 112 },
    { date: '2018-10-17', cells: 150, units: 235 }, // interpolated
    { date: '2019-06-15', cells: 164, units: 255 },
    { date: '2019-11-15', cells: 165, units: 257 }, // cells interpolated
    { date: '2021-05-05', cells: 168, units: 262 }, // interpolated
    { date: '2024-12-31', cells: 176, units: 274 }, // assumed
    { date: '2026-06-30', cells: 178, units: 278 }, // assumed
  ],
  [WALLONIA]: [
    { date: '2016-05-27', cells: 19, units: 27 },
    { date: '2018-10-17', cells: 61, units: 85 }, // interpolated
    { date: '2019-06-15', cells: 70, units: 108 },
    { date: '2019-11-15', cells: 72, units: 112 }, // interpolated: 388 − 257 − 19
    { date: '2021-05-05', cells: 106, units: 191 },
    { date: '2024-12-31', cells: 118, units: 212 }, // assumed
    { date: '2026-06-30', cells: 121, units: 218 }, // assumed
  ],
  [BRUSSELS]: [
    { date: '2016-05-27', cells: 13, units: 13 },
    { date: '2018-10-17', cells: 19, units: 19 },
  ],
};

/** The first cells predate the first observation: the 2015 attacks and circular GPI 78 of 2014. */
const FIRST_FOUNDING = '2015-01-15';
/** Cells that must exist from the first period, so that examples and tests can rely on them (Aalst, Ghent, ...). */
const EARLY_SEATS = ['41002', '44021', '11002', '12025', '23088', '24062', '62063', '52011', '21004', '21001', '21012'];
/**
 * The nine German-speaking municipalities had two cells by 2019 (besafe.be): here one per canton, Eupen in the
 * north and Sankt Vith in the south, set up together before October 2018.
 */
const GERMAN_SPEAKING_CELLS = [
  { seat: '63023', members: ['63023', '63040', '63048', '63061'], foundedOn: '2017-03-01' },
  { seat: '63067', members: ['63067', '63001', '63012', '63013', '63087'], foundedOn: '2017-09-01' },
];
const MAX_MEMBERS = 7;
const DISSOLUTIONS: Record<string, number> = { [FLANDERS]: 4, [WALLONIA]: 2 };
const DISSOLUTION_WINDOW = ['2021-06-01', '2024-06-30'] as const;
const COACHING_START = '2022-02-01';

export type LivcrCellRow = {
  id: string;
  name: string;
  seatNis: string;
  regionNis: string;
  provinceNis: string | null;
  foundedOn: string;
  validFrom: string;
  validTo: string | null;
  meetingFrequency: string;
  functionalEmail: string;
  coordinatorName: string;
  coordinatorRole: string;
  coordinatorEmail: string;
  coordinatorPhone: string | null;
};
export type LivcrStatusPeriodRow = { cellId: string; status: 'ACTIVE' | 'DORMANT'; validFrom: string; validTo: string | null };
export type LivcrMembershipRow = { cellId: string; municipalityNis: string; memberSince: string; memberUntil: string | null };
export type LivcrMemberRoleRow = { cellId: string; sector: string; mandatory: boolean; since: string };

export type GeneratedLivcrCells = {
  cells: LivcrCellRow[];
  statusPeriods: LivcrStatusPeriodRow[];
  memberships: LivcrMembershipRow[];
  memberRoles: LivcrMemberRoleRow[];
};

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

type Unit = {
  record: MunicipalityRecord;
  /** How many 2019–2024 municipalities it stands for. */
  weight: number;
  /** Cells are formed within one arrondissement, and German-speaking municipalities only among themselves. */
  group: string;
  neighbours: Set<string>;
};

type PlannedMembership = { nis: string; since: number; until: number | null };
type PlannedCell = { seat: Unit; foundedOn: number; dissolvedOn: number | null; members: PlannedMembership[] };

/** Neighbouring 2025 municipalities, from the arcs their 2019–2024 predecessors share in the boundary topology. */
function adjacencyOf(reference: BelgianReferenceData): Map<string, Set<string>> {
  const successor = new Map<string, string>();
  for (const municipality of reference.municipalities) for (const nis of municipality.predecessorNis) successor.set(nis, municipality.nis);
  const geometries = reference.boundaries.objects.layer.geometries;
  const adjacency = new Map<string, Set<string>>(reference.municipalities.map((m) => [m.nis, new Set<string>()]));
  neighbors(geometries).forEach((others, index) => {
    const own = successor.get((geometries[index]?.properties as { AdMuKey: string }).AdMuKey);
    for (const other of others) {
      const neighbour = successor.get((geometries[other]?.properties as { AdMuKey: string }).AdMuKey);
      if (own && neighbour && own !== neighbour) adjacency.get(own)?.add(neighbour);
    }
  });
  return adjacency;
}

function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

type Language = 'nl' | 'fr' | 'de';
const languageOf = (record: MunicipalityRecord): Language =>
  record.languageRegime === 'N' ? 'nl' : record.languageRegime === 'D' ? 'de' : 'fr';
const localName = (record: MunicipalityRecord) =>
  record.languageRegime === 'N' ? record.nameNl : record.languageRegime === 'D' ? (record.nameDe ?? record.nameFr) : record.nameFr;

// Obviously fictitious: the surname is the word "example" in the seat's language.
const FICTITIOUS_NAMES: Record<Language, { first: string[]; last: string }> = {
  nl: { first: ['An', 'Bram', 'Els', 'Jan', 'Lies', 'Pieter', 'Sofie', 'Tom', 'Wim', 'Nele'], last: 'Voorbeeld' },
  fr: { first: ['Marie', 'Luc', 'Claire', 'Julien', 'Sophie', 'Marc', 'Anne', 'Thomas', 'Camille', 'Louis'], last: 'Exemple' },
  de: { first: ['Anna', 'Lukas', 'Maria', 'Jonas', 'Lea', 'Paul'], last: 'Beispiel' },
};
const COORDINATOR_ROLES: Record<Language, string> = {
  nl: 'LIVC-R-coördinator, preventiedienst',
  fr: 'Coordinateur·rice CSIL-R, service de prévention',
  de: 'Koordination CSIL-R, Präventionsdienst',
};

function cellNameOf(seat: MunicipalityRecord, shared: boolean): string {
  if (seat.languageRegime === 'FN') return `${shared ? 'Intercommunale ' : ''}CSIL-R/LIVC-R ${seat.nameFr}/${seat.nameNl}`;
  if (seat.languageRegime === 'N') return `${shared ? 'Intergemeentelijke ' : ''}LIVC-R ${seat.nameNl}`;
  if (seat.languageRegime === 'D') return `${shared ? 'Interkommunale ' : ''}CSIL-R ${localName(seat)}`;
  return `CSIL-R ${shared ? 'intercommunale ' : ''}${seat.nameFr}`;
}

// Optional sectors, with the share of cells that invite them (mandatory ones are always there).
const MANDATORY_SECTORS = ['MAYOR', 'POLICE', 'PREVENTION_COORDINATOR'];
const OPTIONAL_SECTORS: Record<string, { flanders: number; elsewhere: number }> = {
  SCHOOL: { flanders: 0.3, elsewhere: 0.3 },
  PUPIL_GUIDANCE_CENTRE: { flanders: 0.6, elsewhere: 0.35 },
  PUBLIC_SOCIAL_WELFARE_CENTRE: { flanders: 0.7, elsewhere: 0.65 },
  GENERAL_WELFARE_CENTRE: { flanders: 0.45, elsewhere: 0.15 },
  MENTAL_HEALTH_CENTRE: { flanders: 0.35, elsewhere: 0.3 },
  YOUTH_WORK: { flanders: 0.45, elsewhere: 0.4 },
  INTEGRATION_SERVICE: { flanders: 0.25, elsewhere: 0.2 },
};
const MEETING_BANDS: Array<[string, number]> = [
  ['MONTHLY', 0.1],
  ['QUARTERLY', 0.45],
  ['ANNUAL', 0.2],
  ['ON_DEMAND', 0.25],
];

/** Generates the SAMPLE cell records for all 565 municipalities of 2025. Pure and deterministic. */
export function generateLivcrCells(reference: BelgianReferenceData, seed = LIVCR_SAMPLE_SEED): GeneratedLivcrCells {
  const random = createSeededRandom(seed);
  const adjacency = adjacencyOf(reference);
  const units = new Map<string, Unit>(
    [...reference.municipalities]
      .sort((a, b) => a.nis.localeCompare(b.nis))
      .map((record) => [
        record.nis,
        {
          record,
          weight: record.predecessorNis.length,
          group: record.languageRegime === 'D' ? 'german-speaking' : record.arrondissementNis,
          neighbours: adjacency.get(record.nis) ?? new Set(),
        },
      ]),
  );
  const planned: PlannedCell[] = [];
  const cellOf = new Map<string, PlannedCell>();
  const unit = (nis: string) => {
    const found = units.get(nis);
    if (!found) throw new Error(`No 2025 municipality ${nis}`);
    return found;
  };
  const found = (seat: Unit, foundedOn: number) => {
    const cell: PlannedCell = { seat, foundedOn, dissolvedOn: null, members: [{ nis: seat.record.nis, since: foundedOn, until: null }] };
    planned.push(cell);
    cellOf.set(seat.record.nis, cell);
    return cell;
  };
  const join = (member: Unit, cell: PlannedCell, since: number) => {
    cell.members.push({ nis: member.record.nis, since, until: null });
    cellOf.set(member.record.nis, cell);
  };

  for (const cell of GERMAN_SPEAKING_CELLS) {
    const created = found(unit(cell.seat), dayOf(cell.foundedOn));
    for (const nis of cell.members.slice(1)) join(unit(nis), created, dayOf(cell.foundedOn));
  }

  for (const [regionNis, checkpoints] of Object.entries(TARGETS)) {
    const regional = [...units.values()].filter((u) => u.record.regionNis === regionNis);
    const order = [
      ...EARLY_SEATS.filter((nis) => units.get(nis)?.record.regionNis === regionNis).map(unit),
      ...random.shuffle(regional.filter((u) => !EARLY_SEATS.includes(u.record.nis))),
    ];
    const cellsAt = (day: number) => planned.filter((c) => c.seat.record.regionNis === regionNis && c.foundedOn <= day).length;
    const unitsAt = (day: number) =>
      regional.filter((u) => (cellOf.get(u.record.nis)?.members.find((m) => m.nis === u.record.nis)?.since ?? Infinity) <= day)
        .reduce((sum, u) => sum + u.weight, 0);
    let start = dayOf(FIRST_FOUNDING);
    for (const checkpoint of checkpoints) {
      const end = dayOf(checkpoint.date);
      let cellsNeeded = checkpoint.cells - cellsAt(end);
      for (const seat of order) {
        if (cellsNeeded <= 0) break;
        if (cellOf.has(seat.record.nis)) continue;
        found(seat, random.integer(start, end));
        cellsNeeded -= 1;
      }
      let unitsNeeded = checkpoint.units - unitsAt(end);
      while (unitsNeeded > 0) {
        // Neighbours join a cell of their arrondissement that exists by the end of the period.
        const candidates = regional.filter(
          (u) =>
            !cellOf.has(u.record.nis) &&
            u.weight <= Math.max(1, unitsNeeded) &&
            [...u.neighbours].some((n) => {
              const cell = cellOf.get(n);
              return cell && cell.foundedOn <= end && cell.dissolvedOn === null && cell.seat.group === u.group && cell.members.length < MAX_MEMBERS;
            }),
        );
        if (candidates.length === 0) break;
        const member = random.pick(candidates);
        const cells = [...new Set([...member.neighbours].map((n) => cellOf.get(n)))].filter(
          (cell): cell is PlannedCell =>
            cell !== undefined && cell.foundedOn <= end && cell.seat.group === member.group && cell.members.length < MAX_MEMBERS,
        );
        const cell = random.pick(cells);
        // Half of the joiners set the cell up together with its seat (a zonal cell from the start).
        const since = cell.foundedOn >= start && random.next() < 0.5 ? cell.foundedOn : random.integer(Math.max(start, cell.foundedOn), end);
        join(member, cell, since);
        unitsNeeded -= member.weight;
      }
      start = end + 1;
    }

    // A few own cells are dissolved when their municipality joins a neighbouring shared cell.
    let dissolutions = DISSOLUTIONS[regionNis] ?? 0;
    for (const cell of random.shuffle(planned.filter((c) => c.seat.record.regionNis === regionNis))) {
      if (dissolutions === 0) break;
      if (cell.members.length !== 1 || EARLY_SEATS.includes(cell.seat.record.nis) || cell.seat.group === 'german-speaking') continue;
      const day = random.integer(dayOf(DISSOLUTION_WINDOW[0]), dayOf(DISSOLUTION_WINDOW[1]));
      if (cell.foundedOn + 365 > day) continue;
      const target = [...cell.seat.neighbours]
        .map((n) => cellOf.get(n))
        .find((other) => other && other !== cell && other.members.length > 1 && other.seat.group === cell.seat.group && other.foundedOn < day);
      if (!target) continue;
      cell.dissolvedOn = day;
      const membership = cell.members[0] as PlannedMembership;
      membership.until = day;
      join(cell.seat, target, day + 1);
      dissolutions -= 1;
    }
  }

  return toRows(planned, random);
}

function toRows(planned: PlannedCell[], random: SeededRandom): GeneratedLivcrCells {
  const result: GeneratedLivcrCells = { cells: [], statusPeriods: [], memberships: [], memberRoles: [] };
  const lastDay = dayOf(LIVCR_SAMPLE_REFERENCE_DATE);
  for (const cell of [...planned].sort((a, b) => a.seat.record.nis.localeCompare(b.seat.record.nis))) {
    const seat = cell.seat.record;
    const id = `livcr-${seat.nis}`;
    const language = languageOf(seat);
    const slug = slugOf(localName(seat));

    // Status: some cells fall dormant ("no cases, so no meetings"); VVSG's coaching reactivates some from 2022.
    let status: 'ACTIVE' | 'DORMANT' | 'DISSOLVED' = cell.dissolvedOn === null ? 'ACTIVE' : 'DISSOLVED';
    const dormantFrom = Math.max(cell.foundedOn + 365, dayOf('2019-12-01'));
    const periodEnd = cell.dissolvedOn ?? lastDay;
    if (status === 'ACTIVE' && dormantFrom < dayOf('2024-06-30') && random.next() < 0.12) {
      const dormantSince = random.integer(dormantFrom, dayOf('2024-06-30'));
      const reactivated = seat.regionNis === FLANDERS && random.next() < 0.5 ? random.integer(Math.max(dormantSince + 180, dayOf(COACHING_START)), lastDay) : null;
      result.statusPeriods.push({ cellId: id, status: 'ACTIVE', validFrom: isoOf(cell.foundedOn), validTo: isoOf(dormantSince - 1) });
      result.statusPeriods.push({ cellId: id, status: 'DORMANT', validFrom: isoOf(dormantSince), validTo: reactivated === null ? null : isoOf(reactivated - 1) });
      if (reactivated !== null) result.statusPeriods.push({ cellId: id, status: 'ACTIVE', validFrom: isoOf(reactivated), validTo: null });
      else status = 'DORMANT';
    } else {
      result.statusPeriods.push({
        cellId: id,
        status: 'ACTIVE',
        validFrom: isoOf(cell.foundedOn),
        validTo: cell.dissolvedOn === null ? null : isoOf(periodEnd),
      });
    }

    let meetingFrequency = 'NONE';
    if (status === 'ACTIVE') {
      let draw = random.next();
      meetingFrequency = MEETING_BANDS.find(([, share]) => (draw -= share) < 0)?.[0] ?? 'ON_DEMAND';
    }

    const names = FICTITIOUS_NAMES[language];
    const first = random.pick(names.first);
    result.cells.push({
      id,
      name: cellNameOf(seat, cell.members.length > 1),
      seatNis: seat.nis,
      regionNis: seat.regionNis,
      provinceNis: seat.provinceNis,
      foundedOn: isoOf(cell.foundedOn),
      validFrom: isoOf(cell.foundedOn),
      validTo: cell.dissolvedOn === null ? null : isoOf(cell.dissolvedOn),
      meetingFrequency,
      // Reserved .invalid domains (RFC 2606): the addresses look like a municipality's and reach no one.
      functionalEmail: `${language === 'nl' ? 'livcr' : 'csilr'}@${slug}.be.invalid`,
      coordinatorName: `${first} ${names.last}`,
      coordinatorRole: COORDINATOR_ROLES[language],
      coordinatorEmail: `${slugOf(first)}.${slugOf(names.last)}@${slug}.be.invalid`,
      coordinatorPhone: `+32 000 ${seat.nis.slice(0, 2)} ${seat.nis.slice(2)}`,
    });
    for (const member of cell.members) {
      result.memberships.push({
        cellId: id,
        municipalityNis: member.nis,
        memberSince: isoOf(member.since),
        memberUntil: member.until === null ? null : isoOf(member.until),
      });
    }
    for (const sector of MANDATORY_SECTORS) result.memberRoles.push({ cellId: id, sector, mandatory: true, since: isoOf(cell.foundedOn) });
    for (const [sector, share] of Object.entries(OPTIONAL_SECTORS)) {
      if (random.next() < (seat.regionNis === FLANDERS ? share.flanders : share.elsewhere)) {
        const joined = random.next() < 0.5 ? cell.foundedOn : random.integer(cell.foundedOn, Math.max(cell.foundedOn, periodEnd));
        result.memberRoles.push({ cellId: id, sector, mandatory: false, since: isoOf(joined) });
      }
    }
  }
  return result;
}

/** A region's (or the country's) state on a date from generated rows, in 2025 and in 2019–2024 units. */
export type LivcrState = { cells: number; municipalities: number; formerMunicipalities: number };

/**
 * The memberships that hold on a date: the membership and its cell are both valid then (first and last day
 * included), as the municipalities subgraph's `livcrCell(at:)` reads them. At most one per municipality.
 */
export function livcrMembershipsAt(generated: GeneratedLivcrCells, date: string): LivcrMembershipRow[] {
  const validCells = new Set(generated.cells.filter((c) => c.validFrom <= date && (c.validTo === null || c.validTo >= date)).map((c) => c.id));
  return generated.memberships.filter((m) => validCells.has(m.cellId) && m.memberSince <= date && (m.memberUntil === null || m.memberUntil >= date));
}

/** Computes the state on a date: cells valid then with at least one member, and the municipalities they cover. */
export function livcrStateAt(
  generated: GeneratedLivcrCells,
  reference: BelgianReferenceData,
  date: string,
  include: (municipality: MunicipalityRecord) => boolean = () => true,
): LivcrState {
  const byNis = new Map(reference.municipalities.map((m) => [m.nis, m]));
  const members = livcrMembershipsAt(generated, date).filter((m) => include(byNis.get(m.municipalityNis) as MunicipalityRecord));
  const covered = new Set(members.map((m) => m.municipalityNis));
  return {
    cells: new Set(members.map((m) => m.cellId)).size,
    municipalities: covered.size,
    formerMunicipalities: [...covered].reduce((sum, nis) => sum + (byNis.get(nis)?.predecessorNis.length ?? 0), 0),
  };
}
