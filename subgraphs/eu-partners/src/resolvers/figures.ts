import { checkTimeRange, countedProvenance, type FigureSource } from '@cohesion/kit';
import { countDocumentsPerType } from '../data/count-documents-per-type';
import { countEventsPerKind } from '../data/count-events-per-kind';
import { countEventsPerMonth } from '../data/count-events-per-month';
import { countEventsPerOrganiser } from '../data/count-events-per-organiser';
import { countMunicipalPartnershipsPerProvince } from '../data/count-municipal-partnerships-per-province';
import { countProjectsPerFundingProgramme } from '../data/count-projects-per-funding-programme';
import { countWorkingGroupsPerOrganisation } from '../data/count-working-groups-per-organisation';
import { type LocalizedTextValue } from '../data/rows';
import { type EuFigureKind, type EuPartnersLevelResolvers } from '../generated/resolvers-types';

/** `LUNCH_BRIEFING` → `Lunch briefing`. */
function labelOfCode(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function labelOfOrganisation(id: string, name: LocalizedTextValue | null): string {
  return name?.en ?? name?.nl ?? name?.fr ?? name?.de ?? id;
}

type Counted = { value: number; sample: boolean; referenceDate: string | null };
type Range = { from?: string | undefined; to?: string | undefined };

/** One grouped count as a figure. None of this level's figures counts people or cases: nothing is withheld. */
function figureOf(kind: EuFigureKind, counted: string, row: Counted, label: string, keys: FigureSource['keys']): FigureSource {
  return {
    kind,
    label,
    keys,
    count: row.value,
    suppressionReason: null,
    // Every counted row has a reference date: a group exists only because it has rows.
    provenance: countedProvenance({ counted: `${counted} of the eu-partners subgraph`, sample: row.sample, referenceDate: row.referenceDate ?? '' }),
  };
}

const FIGURES: Record<EuFigureKind, (db: Parameters<typeof countEventsPerKind>[0], range: Range) => Promise<FigureSource[]>> = {
  EVENTS_PER_MONTH: async (db, range) =>
    (await countEventsPerMonth(db, range)).map((row) => figureOf('EVENTS_PER_MONTH', 'events', row, row.month, [{ name: 'month', value: row.month }])),
  EVENTS_PER_KIND: async (db) =>
    (await countEventsPerKind(db)).map((row) => figureOf('EVENTS_PER_KIND', 'events', row, labelOfCode(row.kind), [{ name: 'kind', value: row.kind }])),
  EVENTS_PER_ORGANISER: async (db) =>
    (await countEventsPerOrganiser(db)).map((row) =>
      figureOf('EVENTS_PER_ORGANISER', 'events', row, labelOfOrganisation(row.organisationId, row.name), [
        { name: 'organisation', value: row.organisationId },
        { name: 'level', value: row.level },
      ]),
    ),
  PROJECTS_PER_FUNDING_PROGRAMME: async (db) =>
    (await countProjectsPerFundingProgramme(db)).map((row) =>
      figureOf('PROJECTS_PER_FUNDING_PROGRAMME', 'projects', row, row.fundingProgramme ?? 'Funding programme not stated', [
        { name: 'fundingProgramme', value: row.fundingProgramme ?? 'NOT_STATED' },
      ]),
    ),
  MUNICIPAL_PARTNERSHIPS_PER_PROVINCE: async (db) =>
    (await countMunicipalPartnershipsPerProvince(db)).map((row) =>
      figureOf(
        'MUNICIPAL_PARTNERSHIPS_PER_PROVINCE',
        'project partnerships',
        row,
        row.provinceNis ? `Province ${row.provinceNis}` : `Region ${row.regionNis}`,
        row.provinceNis ? [{ name: 'province', value: row.provinceNis }] : [{ name: 'region', value: row.regionNis ?? '' }],
      ),
    ),
  DOCUMENTS_PER_TYPE: async (db) =>
    (await countDocumentsPerType(db)).map((row) => figureOf('DOCUMENTS_PER_TYPE', 'documents', row, labelOfCode(row.type), [{ name: 'type', value: row.type }])),
  WORKING_GROUPS_PER_ORGANISATION: async (db) =>
    (await countWorkingGroupsPerOrganisation(db)).map((row) =>
      figureOf('WORKING_GROUPS_PER_ORGANISATION', 'working groups', row, labelOfOrganisation(row.organisationId, row.name), [
        { name: 'organisation', value: row.organisationId },
      ]),
    ),
};

const ALL_KINDS = Object.keys(FIGURES) as EuFigureKind[];

/** `EuPartnersLevel.figures`: the kinds asked for (all by default), in the order of the kind enum, one statement each. */
export const figuresResolver: EuPartnersLevelResolvers['figures'] = async (_level, { kinds, from, to }, { db }) => {
  const range = checkTimeRange({ from, to });
  const wanted = ALL_KINDS.filter((kind) => !kinds || kinds.includes(kind));
  return (await Promise.all(wanted.map((kind) => FIGURES[kind](db, range)))).flat();
};
