import { badUserInput, connectionResolvers } from '@cohesion/kit';
import { findLivcrCellPage, type LivcrCellPageQuery } from '../data/find-livcr-cell-page';
import { type LivcrCellRow, type LivcrCellSource, type LivcrMembershipRow } from '../data/rows';
import {
  type LivcrCellScope,
  type LivcrCellStatus,
  type LivcrSector,
  type MeetingFrequencyBand,
  type Resolvers,
} from '../generated/resolvers-types';
import { type SubgraphContext } from '../context';
import { REGION_NIS, required } from '@cohesion/kit';
import { checkNis } from './arguments';
import { livcrSnapshotId, parseLivcrCellId } from './livcr-cell-id';

const isValidOn = (from: string, to: string | null, at: string) => from <= at && (to === null || to >= at);

/** The date a cell's members and scope are read on: the reference date, or its last day for a dissolved cell. */
function membershipDate(cell: LivcrCellSource): string {
  return cell.validTo !== null && cell.validTo < cell.referenceDate ? cell.validTo : cell.referenceDate;
}

/** The cell's member municipalities on the date it is described on. */
export async function membersOn(cell: LivcrCellSource, { loaders }: SubgraphContext): Promise<LivcrMembershipRow[]> {
  const date = membershipDate(cell);
  return (await loaders.livcrMemberships.load(cell.id)).filter((m) => isValidOn(m.memberSince, m.memberUntil, date));
}

const describedOn = (row: LivcrCellRow, referenceDate: string): LivcrCellSource => ({ ...row, referenceDate });

/** The LIVC-R cell: queries, the cell itself and `Municipality.livcrCell`. */
export const livcrCellResolvers: Resolvers = {
  Query: {
    livcrCell: async (_parent, { id, at }, { loaders, today }) => {
      const snapshot = parseLivcrCellId(id, 'id');
      if (snapshot.at !== undefined && at != null && at !== snapshot.at) {
        throw badUserInput('at', at, `expected no date or ${snapshot.at}: the id ${JSON.stringify(id)} names that date`);
      }
      const date = at ?? snapshot.at ?? today;
      const row = await loaders.livcrCell.load(snapshot.cellId);
      // Before its founding the cell did not exist: there is nothing to describe on that date.
      return row && row.validFrom <= date ? describedOn(row, date) : null;
    },
    livcrCells: async (_parent, { filter, ...args }, { db, today, loaders }) => {
      const query: LivcrCellPageQuery = {
        at: filter?.at ?? today,
        regionNis: filter?.region ? REGION_NIS[filter.region] : undefined,
        provinceNis: filter?.province ? checkNis(filter.province, 'filter.province') : undefined,
        municipalityNis: filter?.municipality ? checkNis(filter.municipality, 'filter.municipality') : undefined,
        scope: filter?.scope ?? undefined,
        statuses: filter?.status ?? undefined,
      };
      const page = await findLivcrCellPage(db, query, args);
      for (const row of page.nodes) loaders.livcrCell.prime(row.id, row);
      return { ...page, nodes: page.nodes.map((row) => describedOn(row, query.at)) };
    },
  },
  Municipality: {
    livcrCell: async (municipality, { at }, { loaders, today }) => {
      const date = at ?? today;
      const row = await loaders.livcrCellOfMunicipality(date).load(municipality.nis);
      return row ? describedOn(row, date) : null;
    },
  },
  LivcrCell: {
    // Another subgraph may hold a cell id (described today) or a snapshot id (described on its date).
    __resolveReference: async (reference, { loaders, today }) => {
      const { cellId, at } = parseLivcrCellId(reference.id, 'LivcrCell.id');
      const row = await loaders.livcrCell.load(cellId);
      return row ? describedOn(row, at ?? today) : null;
    },
    id: (cell) => livcrSnapshotId(cell.id, cell.referenceDate),
    cellId: (cell) => cell.id,
    scope: async (cell, _args, context): Promise<LivcrCellScope> => ((await membersOn(cell, context)).length > 1 ? 'SHARED' : 'OWN'),
    status: async (cell, _args, { loaders }): Promise<LivcrCellStatus> => {
      if (cell.validTo !== null && cell.validTo < cell.referenceDate) return 'DISSOLVED';
      const periods = await loaders.livcrStatusPeriods.load(cell.id);
      const period = periods.find((p) => isValidOn(p.validFrom, p.validTo, cell.referenceDate));
      return required(period ?? null, `status of ${cell.id} on ${cell.referenceDate}`).status as LivcrCellStatus;
    },
    seat: async (cell, _args, { loaders }) => required(await loaders.municipality.load(cell.seatNis), `municipality ${cell.seatNis}`),
    region: async (cell, _args, { loaders }) => required(await loaders.region.load(cell.regionNis), `region ${cell.regionNis}`),
    province: (cell, _args, { loaders }) => (cell.provinceNis ? loaders.province.load(cell.provinceNis) : null),
    municipalities: async (cell, { includeFormer }, context) =>
      includeFormer ? context.loaders.livcrMemberships.load(cell.id) : membersOn(cell, context),
    // meetingFrequency, memberRoles and coordinator are protected: kit checks their scope and the cell's territory
    // (territories.ts) before these resolvers run.
    // The band of the reference date: the band before the first change after it, else today's (dated history).
    meetingFrequency: async (cell, _args, { loaders }) => {
      const later = (await loaders.livcrMeetingBandChanges.load(cell.id)).find((change) => change.changedOn > cell.referenceDate);
      return (later ? later.previousBand : cell.meetingFrequency) as MeetingFrequencyBand;
    },
    memberRoles: async (cell, _args, { loaders }) => (await loaders.livcrMemberRoles.load(cell.id)).filter((role) => isValidOn(role.since, role.until, cell.referenceDate)),
    functionalContact: (cell) => ({ email: cell.functionalEmail, provenance: cell }),
    coordinator: (cell) => ({ name: cell.coordinatorName, role: cell.coordinatorRole, email: cell.coordinatorEmail, phone: cell.coordinatorPhone, provenance: cell }),
    provenance: (cell) => cell,
  },
  LivcrMemberRole: {
    sector: (role) => role.sector as LivcrSector,
  },
  LivcrCellMembership: {
    municipality: async (membership, _args, { loaders }) =>
      required(await loaders.municipality.load(membership.municipalityNis), `municipality ${membership.municipalityNis}`),
  },
  LivcrCellConnection: connectionResolvers<LivcrCellSource>(),
};
