import { type LocalizedTextValue } from '../../schema/flanders';
import { type FlemishMunicipality } from './read-flanders-content';
import { createSeededRandom, type SeededRandom } from '../seeded-random';

/** Change it only together with the README of the flanders subgraph: it decides every generated value. */
export const SAMPLE_SEED = 'cohesion-hub/flanders/sample-v1';

export const COACHING_TRACKS = ['START_UP', 'REACTIVATE', 'OPTIMISE', 'MONITOR_AND_EVALUATE'] as const;
export type CoachingTrack = (typeof COACHING_TRACKS)[number];

export type SampleTrajectory = { id: string; track: CoachingTrack; startedOn: string; municipalities: string[] };
export type SampleEvaluation = { id: string; evaluatedOn: string; municipalities: string[]; moduleLevels: number[] };
export type SampleMeeting = { id: string; networkId: string; date: string; mode: 'ONLINE' | 'ON_SITE'; agenda: LocalizedTextValue[] };
export type SampleEvent = {
  id: string;
  title: LocalizedTextValue;
  kind: string;
  date: string;
  startTime: string;
  endTime: string;
  online: boolean;
  venueName: string | null;
  venueCity: string | null;
  venueNis: string | null;
  description: LocalizedTextValue;
};

export type FlemishSamples = {
  trajectories: SampleTrajectory[];
  evaluations: SampleEvaluation[];
  platformProvinces: string[];
  meetings: SampleMeeting[];
  helpdeskQuestions: Array<{ quarter: number; provinceNis: string; questions: number }>;
  helpdeskLocalGovernments: Array<{ provinceNis: string; localGovernments: number }>;
  events: SampleEvent[];
};

export type GenerateFlemishSamplesOptions = {
  municipalities: readonly FlemishMunicipality[];
  /** Published totals the sample must add up to (seed-004). */
  totals: { trajectories: number; coachedMunicipalities: number; emmascanLivcR: number; helpdeskQuestions: number; helpdeskLocalGovernments: number };
  /** How many provinces have a regional platform (seed-004: 3). */
  platformProvinceCount: number;
  /** Networks meeting a known number of times a year, which get SAMPLE internal meeting details. */
  meetingNetworks: ReadonlyArray<{ id: string; timesPerYear: number; themes: readonly LocalizedTextValue[] }>;
  emmascanModuleCount: number;
};

// Coaching runs from 1 February 2022 (the BVR); the presentation counting 19 trajectories cites 2023 figures.
const COACHING_FROM = '2022-02-01';
const COACHING_TO = '2023-12-31';
const MEETING_YEARS = [2023, 2024];

/**
 * Splits `total` over `weights` by largest remainder: the parts are integers that add up to `total` exactly.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (sum > 0 ? (total * weight) / sum : total / weights.length));
  const parts = exact.map(Math.floor);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let given = parts.reduce((a, b) => a + b, 0), next = 0; given < total; given += 1, next += 1) {
    const slot = order[next % order.length] as { index: number };
    parts[slot.index] = (parts[slot.index] ?? 0) + 1;
  }
  return parts;
}

function onWeekday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const shift = day.getUTCDay() === 6 ? 2 : day.getUTCDay() === 0 ? 1 : 0;
  return new Date(day.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Partitions the coached municipalities over the trajectories: about half the trajectories coach one
 * municipality, the others are shared by two to six neighbours (as zonal cells are).
 */
function trajectorySizes(trajectories: number, municipalities: number, random: SeededRandom): number[] {
  const singles = Math.floor(trajectories / 2);
  const shared = trajectories - singles;
  const sizes = [...Array<number>(singles).fill(1), ...Array<number>(shared).fill(2)];
  let extra = municipalities - singles - 2 * shared;
  if (extra < 0 || extra > shared * 4) throw new Error(`Cannot spread ${municipalities} municipalities over ${trajectories} trajectories`);
  for (; extra > 0; extra -= 1) {
    const growable = sizes.map((size, index) => ({ size, index })).filter(({ size }) => size > 1 && size < 6);
    const { index } = random.pick(growable);
    sizes[index] = (sizes[index] ?? 2) + 1;
  }
  return random.shuffle(sizes);
}

/** Takes `size` municipalities of one arrondissement that no earlier pick used: neighbours sharing a cell. */
function pickGroup(size: number, available: Map<string, FlemishMunicipality[]>, random: SeededRandom): string[] {
  const arrondissements = [...available.entries()].filter(([, members]) => members.length >= size).map(([nis]) => nis).sort();
  const arrondissement = random.pick(arrondissements);
  const members = available.get(arrondissement) as FlemishMunicipality[];
  const start = random.integer(0, members.length - size);
  const group = members.splice(start, size);
  return group.map((municipality) => municipality.nis).sort();
}

function availableByArrondissement(municipalities: readonly FlemishMunicipality[], exclude: ReadonlySet<string>) {
  const byArrondissement = new Map<string, FlemishMunicipality[]>();
  for (const municipality of [...municipalities].sort((a, b) => a.nis.localeCompare(b.nis))) {
    if (exclude.has(municipality.nis)) continue;
    const list = byArrondissement.get(municipality.arrondissementNis) ?? [];
    list.push(municipality);
    byArrondissement.set(municipality.arrondissementNis, list);
  }
  return byArrondissement;
}

/**
 * Generates the Flemish SAMPLE data deterministically from SAMPLE_SEED: which municipalities VVSG coaches
 * and when, which LIVC-R were evaluated with EMMASCAN, which provinces have a regional platform, the
 * internal meeting calendar of the networks, the helpdesk detail and a few dated info sessions. Every
 * count adds up to the published totals; none of it is a fact about a real municipality.
 */
export function generateFlemishSamples(options: GenerateFlemishSamplesOptions): FlemishSamples {
  const random = createSeededRandom(SAMPLE_SEED);
  const { totals } = options;

  const coachingPool = availableByArrondissement(options.municipalities, new Set());
  const trajectories = trajectorySizes(totals.trajectories, totals.coachedMunicipalities, random)
    .map((size) => ({
      track: random.pick(COACHING_TRACKS),
      startedOn: random.dateBetween(COACHING_FROM, COACHING_TO),
      municipalities: pickGroup(size, coachingPool, random),
    }))
    .sort((a, b) => a.startedOn.localeCompare(b.startedOn) || (a.municipalities[0] ?? '').localeCompare(b.municipalities[0] ?? ''))
    .map((trajectory, index) => ({ id: `coaching-trajectory-sample-${String(index + 1).padStart(2, '0')}`, ...trajectory }));

  // "+ 5 LIVC R": read as five cells monitored with EMMASCAN besides the coached ones.
  const coached = new Set(trajectories.flatMap((trajectory) => trajectory.municipalities));
  const evaluationPool = availableByArrondissement(options.municipalities, coached);
  const evaluations = random
    .shuffle([1, 1, 1, 2, 3].slice(0, totals.emmascanLivcR))
    .map((size) => ({
      evaluatedOn: random.dateBetween('2022-06-01', COACHING_TO),
      municipalities: pickGroup(size, evaluationPool, random),
      moduleLevels: Array.from({ length: options.emmascanModuleCount }, () => random.integer(1, 4)),
    }))
    .sort((a, b) => a.evaluatedOn.localeCompare(b.evaluatedOn))
    .map((evaluation, index) => ({ id: `emmascan-evaluation-sample-${index + 1}`, ...evaluation }));

  const provinces = [...new Set(options.municipalities.map((municipality) => municipality.provinceNis))].sort();
  const platformProvinces = random.shuffle(provinces).slice(0, options.platformProvinceCount).sort();

  const meetings = options.meetingNetworks.flatMap((network) =>
    MEETING_YEARS.flatMap((year) =>
      Array.from({ length: network.timesPerYear }, (_, index) => {
        const monthsPerMeeting = 12 / network.timesPerYear;
        const firstMonth = Math.floor(index * monthsPerMeeting) + 1;
        const lastMonth = Math.floor((index + 1) * monthsPerMeeting);
        const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
        const to = `${year}-${String(lastMonth).padStart(2, '0')}-28`;
        const agenda = random.shuffle(network.themes).slice(0, 2);
        return {
          id: `${network.id}-sample-${year}-${index + 1}`,
          networkId: network.id,
          date: onWeekday(random.dateBetween(from, to)),
          mode: random.next() < 0.5 ? ('ONLINE' as const) : ('ON_SITE' as const),
          agenda,
        };
      }),
    ),
  );

  // Helpdesk 2023: local governments per province roughly in proportion to its municipalities, then
  // questions (at least one per asking local government) and their spread over the quarters.
  const municipalitiesPerProvince = provinces.map((province) => options.municipalities.filter((m) => m.provinceNis === province).length);
  const localGovernments = allocate(
    totals.helpdeskLocalGovernments,
    municipalitiesPerProvince.map((count) => count * (0.7 + 0.6 * random.next())),
  );
  const extraQuestions = allocate(
    totals.helpdeskQuestions - totals.helpdeskLocalGovernments,
    localGovernments.map((count) => count * (0.5 + random.next())),
  );
  const helpdeskQuestions = provinces.flatMap((provinceNis, index) => {
    const questions = (localGovernments[index] ?? 0) + (extraQuestions[index] ?? 0);
    return allocate(questions, [0, 1, 2, 3].map(() => 0.4 + random.next())).map((count, quarter) => ({
      quarter: quarter + 1,
      provinceNis,
      questions: count,
    }));
  });
  const helpdeskLocalGovernments = provinces.map((provinceNis, index) => ({ provinceNis, localGovernments: localGovernments[index] ?? 0 }));

  const sessionDate = () => onWeekday(random.dateBetween('2023-02-01', '2023-11-30'));
  const events: SampleEvent[] = [
    {
      id: 'vvsg-digitale-infosessie-complottheorieen-sample',
      title: { nl: 'Digitale infosessie: complottheorieën', en: 'Digital info session: conspiracy theories' },
      kind: 'INFO_SESSION',
      date: sessionDate(),
      startTime: '10:00',
      endTime: '11:30',
      online: true,
      venueName: 'Online',
      venueCity: null,
      venueNis: null,
      description: { en: 'Illustration of one of VVSG’s digital info sessions on a specific theme; the date and times are generated.' },
    },
    {
      id: 'vvsg-digitale-infosessie-jongeren-politie-sample',
      title: { nl: 'Digitale infosessie: spanningen jongeren & politie', en: 'Digital info session: tensions between youth and police' },
      kind: 'INFO_SESSION',
      date: sessionDate(),
      startTime: '13:30',
      endTime: '15:00',
      online: true,
      venueName: 'Online',
      venueCity: null,
      venueNis: null,
      description: { en: 'Illustration of one of VVSG’s digital info sessions on a specific theme; the date and times are generated.' },
    },
    {
      id: 'vvsg-studiedag-livc-r-sample',
      title: { nl: 'Studiedag LIVC R', en: 'LIVC-R study day' },
      kind: 'STUDY_DAY',
      date: sessionDate(),
      startTime: '09:30',
      endTime: '16:00',
      online: false,
      venueName: 'VVSG',
      venueCity: 'Brussel',
      venueNis: '21004',
      description: { en: 'Illustration of a VVSG study day (one of the formats of its “Kennis & expertise” offer); the date, times and venue are generated.' },
    },
  ];

  return { trajectories, evaluations, platformProvinces, meetings, helpdeskQuestions, helpdeskLocalGovernments, events };
}
