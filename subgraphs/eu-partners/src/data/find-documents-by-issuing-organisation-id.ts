import { type Database, euPartnersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc, sql } from 'drizzle-orm';
import { type DocumentRow } from './rows';

const { documents } = euPartnersTables;

/** The documents each of the given organisations issued, oldest first, undated last. */
export function findDocumentsByIssuingOrganisationId(db: Database, organisationIds: readonly string[]): Promise<DocumentRow[]> {
  return db
    .select()
    .from(documents)
    .where(equalsAny(documents.issuingOrganisationId, organisationIds))
    .orderBy(sql`${documents.dateFrom} asc nulls last`, asc(documents.id));
}
