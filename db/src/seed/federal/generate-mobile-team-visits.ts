import { type mobileTeamVisits } from '../../schema/federal';
import { createSeededRandom } from '../seeded-random';
import { type TerritoryMunicipality } from './territory';

export const VISIT_TOPICS = ['LIVC_R_SET_UP', 'AWARENESS_TRAINING', 'PROJECT_DEVELOPMENT', 'OTHER_QUESTION'] as const;
export type VisitTopic = (typeof VISIT_TOPICS)[number];

export const PARTICIPANT_SECTORS = ['LOCAL_GOVERNMENT', 'PREVENTION', 'POLICE', 'SOCIAL_WELFARE', 'EDUCATION', 'YOUTH_WORK'] as const;

// Setting up cells was the team's first offer in 2016–2018; the weights only shape the illustration.
const TOPIC_WEIGHTS: ReadonlyArray<readonly [VisitTopic, number]> = [
  ['LIVC_R_SET_UP', 4],
  ['AWARENESS_TRAINING', 3],
  ['PROJECT_DEVELOPMENT', 2],
  ['OTHER_QUESTION', 1],
];
const SECTOR_LIKELIHOOD: Record<(typeof PARTICIPANT_SECTORS)[number], number> = {
  LOCAL_GOVERNMENT: 1,
  PREVENTION: 0.8,
  POLICE: 0.6,
  SOCIAL_WELFARE: 0.4,
  EDUCATION: 0.3,
  YOUTH_WORK: 0.25,
};

export type GenerateMobileTeamVisitsOptions = {
  /** The published number of field visits; exactly this many are generated. */
  total: number;
  /** First and last possible visit day (ISO dates). */
  from: string;
  to: string;
  teamOrganisationId: string;
  municipalities: readonly TerritoryMunicipality[];
  /** The team's offer each topic follows up; OTHER_QUESTION has none. */
  offerByTopic: Partial<Record<VisitTopic, string>>;
  provenance: { source: string; sourceKind: 'SAMPLE'; sourceUrl: null };
  seed: string;
};

const DAY = 24 * 60 * 60 * 1000;

/**
 * Dated Mobile Team visits for illustration: exactly `total` visits between `from` and `to`, each to a real
 * 2025 municipality, with a topic among the team's offers. Deterministic for a given seed string.
 */
export function generateMobileTeamVisits(options: GenerateMobileTeamVisitsOptions): Array<typeof mobileTeamVisits.$inferInsert> {
  const random = createSeededRandom(options.seed, 'sha256-counter');
  const first = Date.parse(`${options.from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${options.to}T00:00:00Z`) - first) / DAY);
  if (!(days >= 0)) throw new Error(`Visit period ${options.from}..${options.to} is empty`);
  const drafts = Array.from({ length: options.total }, () => {
    const municipality = random.pick(options.municipalities);
    const topic = random.weighted(TOPIC_WEIGHTS);
    return {
      date: new Date(first + random.integer(0, days) * DAY).toISOString().slice(0, 10),
      municipality,
      topic,
      participantSectors: PARTICIPANT_SECTORS.filter((sector) => random.next() < SECTOR_LIKELIHOOD[sector]),
    };
  });
  drafts.sort((a, b) => a.date.localeCompare(b.date) || a.municipality.nis.localeCompare(b.municipality.nis));
  return drafts.map((draft, index) => ({
    id: `mobile-team-visit-${String(index + 1).padStart(3, '0')}`,
    teamOrganisationId: options.teamOrganisationId,
    date: draft.date,
    municipalityNis: draft.municipality.nis,
    provinceNis: draft.municipality.provinceNis,
    regionIso: draft.municipality.regionIso,
    topic: draft.topic,
    offerId: options.offerByTopic[draft.topic] ?? null,
    participantSectors: [...draft.participantSectors],
    ...options.provenance,
    referenceDate: draft.date,
  }));
}
