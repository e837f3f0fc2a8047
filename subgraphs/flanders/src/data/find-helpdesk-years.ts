import { type Database, flandersTables } from '@cohesion/db';
import { asc } from 'drizzle-orm';
import { type HelpdeskYearRow } from './rows';

const { helpdeskYears } = flandersTables;

/** The helpdesk's published yearly totals, oldest first. */
export function findHelpdeskYears(db: Database): Promise<HelpdeskYearRow[]> {
  return db.select().from(helpdeskYears).orderBy(asc(helpdeskYears.year));
}
