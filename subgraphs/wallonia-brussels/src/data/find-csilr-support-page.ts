import { type Database, walloniaBrusselsTables } from '@cohesion/db';
import { ascending, keysetList, type PageArguments } from '@cohesion/kit';
import { and, eq } from 'drizzle-orm';

const { csilrSupport } = walloniaBrusselsTables;

const csilrSupportList = keysetList({
  name: 'wallonia-brussels-csilr-support',
  table: csilrSupport,
  id: csilrSupport.municipalityNis,
  orders: { NIS_ASC: ascending(csilrSupport.municipalityNis) },
});

export type CsilrSupportPageQuery = {
  provinceNis?: string | undefined;
  hasCell?: boolean | null | undefined;
  throughSocialCohesionPlan?: boolean | null | undefined;
};

/** One page of CSIL-R support records, by NIS code. */
export function findCsilrSupportPage(db: Database, query: CsilrSupportPageQuery, page: PageArguments<never>) {
  return csilrSupportList.findPage(
    db,
    page,
    and(
      query.provinceNis ? eq(csilrSupport.provinceNis, query.provinceNis) : undefined,
      query.hasCell === null || query.hasCell === undefined ? undefined : eq(csilrSupport.hasCell, query.hasCell),
      query.throughSocialCohesionPlan === null || query.throughSocialCohesionPlan === undefined
        ? undefined
        : eq(csilrSupport.throughSocialCohesionPlan, query.throughSocialCohesionPlan),
    ),
  );
}
