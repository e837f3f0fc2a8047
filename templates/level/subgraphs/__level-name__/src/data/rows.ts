import { type ConnectionEdge, type ConnectionPage } from '@cohesion/kit';
import { type organisations } from '@cohesion/db/schema/__level-name__';

/** The root object of the level: its fields read the database themselves. */
export type LevelSource = Record<string, never>;

/** An organisation as stored. */
export type OrganisationRow = typeof organisations.$inferSelect;
export type OrganisationPage = ConnectionPage<OrganisationRow>;
export type OrganisationEdge = ConnectionEdge<OrganisationRow>;

/** Where a record comes from: the provenance columns of its row. */
export type ProvenanceSource = { source: string; sourceKind: string; sourceUrl: string | null; referenceDate: string };
