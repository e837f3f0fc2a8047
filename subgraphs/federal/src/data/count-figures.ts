import { type Database, federalTables } from '@cohesion/db';
import { regionCodeOfIso } from '@cohesion/kit';
import { asc, count, max, sql, type SQL } from 'drizzle-orm';
import { type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { type FigureSource } from './rows';

const { documents, events, localInitiatives, mobileTeamVisits, offers, policeZones } = federalTables;

export type FigureKind =
  | 'EVENTS_PER_MONTH'
  | 'OFFERS_PER_ORGANISATION_AND_KIND'
  | 'MOBILE_TEAM_VISITS_PER_YEAR_AND_REGION'
  | 'MOBILE_TEAM_VISITS_PER_TOPIC'
  | 'DOCUMENTS_PER_TYPE'
  | 'LOCAL_INITIATIVES_PER_REGION'
  | 'POLICE_ZONES_PER_PROVINCE';

type Grouping = {
  table: PgTable & { sourceKind: PgColumn; referenceDate: PgColumn };
  /** What is counted, for labels and provenance, e.g. "Mobile Team visits". */
  what: string;
  keys: Record<string, SQL>;
  /** None of the federal figures counts people or cases: Mobile Team visits are support given to a municipality. */
  aboutPeopleOrCasesBelowRegion: boolean;
  /** Turns a stored key value into the one callers see (ISO region codes into region names). */
  present?: Partial<Record<string, (value: string) => string>>;
};

const regionName = (iso: string) => regionCodeOfIso(iso);

const GROUPINGS: Record<FigureKind, Grouping> = {
  EVENTS_PER_MONTH: {
    table: events,
    what: 'Events',
    keys: { month: sql<string>`to_char(${events.date}, 'YYYY-MM')` },
    aboutPeopleOrCasesBelowRegion: false,
  },
  OFFERS_PER_ORGANISATION_AND_KIND: {
    table: offers,
    what: 'Offers',
    keys: { organisation: sql<string>`${offers.organisationId}`, kind: sql<string>`${offers.kind}` },
    aboutPeopleOrCasesBelowRegion: false,
  },
  MOBILE_TEAM_VISITS_PER_YEAR_AND_REGION: {
    table: mobileTeamVisits,
    what: 'Mobile Team visits',
    keys: { year: sql<string>`to_char(${mobileTeamVisits.date}, 'YYYY')`, region: sql<string>`${mobileTeamVisits.regionIso}` },
    aboutPeopleOrCasesBelowRegion: false,
    present: { region: regionName },
  },
  MOBILE_TEAM_VISITS_PER_TOPIC: {
    table: mobileTeamVisits,
    what: 'Mobile Team visits',
    keys: { topic: sql<string>`${mobileTeamVisits.topic}` },
    aboutPeopleOrCasesBelowRegion: false,
  },
  DOCUMENTS_PER_TYPE: {
    table: documents,
    what: 'Documents',
    keys: { type: sql<string>`${documents.type}` },
    aboutPeopleOrCasesBelowRegion: false,
  },
  LOCAL_INITIATIVES_PER_REGION: {
    table: localInitiatives,
    what: 'Named local initiatives',
    keys: { region: sql<string>`${localInitiatives.regionIso}` },
    aboutPeopleOrCasesBelowRegion: false,
    present: { region: regionName },
  },
  POLICE_ZONES_PER_PROVINCE: {
    table: policeZones,
    what: 'Police zones',
    // Brussels belongs to no province: its zones are counted under the region.
    keys: { province: sql<string>`coalesce(${policeZones.provinceNis}, ${policeZones.regionIso})` },
    aboutPeopleOrCasesBelowRegion: false,
  },
};

/**
 * One GROUP BY per figure kind: the counts with their keys, and what the provenance of a count needs (whether any
 * counted record is SAMPLE or all are the organisation's own, and the latest reference date).
 */
export async function countFigures(db: Database, kind: FigureKind): Promise<FigureSource[]> {
  const grouping = GROUPINGS[kind];
  const { table } = grouping;
  const keyExpressions = Object.values(grouping.keys);
  const rows = (await db
    .select({
      ...grouping.keys,
      count: count(),
      latest: max(table.referenceDate),
      anySample: sql<boolean>`bool_or(${table.sourceKind} = 'SAMPLE')`,
      allOwn: sql<boolean>`bool_and(${table.sourceKind} = 'ORGANISATION')`,
    })
    .from(table)
    .groupBy(...keyExpressions)
    .orderBy(...keyExpressions.map((expression) => asc(expression)))) as Array<Record<string, unknown>>;
  return rows.map((row) => {
    const keys = Object.keys(grouping.keys).map((name) => {
      const stored = String(row[name]);
      const province = name === 'province' && stored.startsWith('BE-');
      return { name: province ? 'region' : name, value: province ? regionName(stored) : (grouping.present?.[name]?.(stored) ?? stored) };
    });
    const sample = row.anySample === true;
    return {
      kind,
      label: [grouping.what, ...keys.map((key) => key.value)].join(', '),
      keys,
      count: Number(row.count),
      aboutPeopleOrCasesBelowRegion: grouping.aboutPeopleOrCasesBelowRegion,
      provenance: {
        source: `Counted by Cohesion Hub from the federal subgraph's ${grouping.what.toLowerCase()}${sample ? ' (generated SAMPLE data)' : ''}`,
        sourceKind: sample ? 'SAMPLE' : row.allOwn === true ? 'ORGANISATION' : 'PUBLICATION',
        sourceUrl: null,
        referenceDate: String(row.latest),
      },
    };
  });
}
