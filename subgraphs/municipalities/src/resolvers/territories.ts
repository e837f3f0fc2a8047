import { TERRITORY_FREE, type TerritoryDeclarations } from '@cohesion/kit';
import { type SubgraphContext } from '../context';
import { type ResolversParentTypes } from '../generated/resolvers-types';
import { membersOn } from './livcr-cells';

/**
 * Where the records of this level's protected types belong; kit applies each protected field's SDL requirement and
 * this rule (schema/AUTHORIZATION.md "Jurisdiction").
 */
export const territories: TerritoryDeclarations<ResolversParentTypes, SubgraphContext> = {
  // The audit trail: its resolver (kit's createAuditTrailResolver) answers each caller the entries of their reach.
  Query: TERRITORY_FREE,
  // A cell's internal facts and contact belong to its member municipalities on the date it is described on, so a
  // shared cell is seen from any of them, and from their police zone, province and region.
  LivcrCell: async (cell, context) => ({ municipalities: (await membersOn(cell, context)).map((member) => member.municipalityNis) }),
};
