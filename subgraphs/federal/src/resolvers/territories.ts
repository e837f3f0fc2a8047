import { TERRITORY_FREE, type TerritoryDeclarations } from '@cohesion/kit';
import { type SubgraphContext } from '../context';
import { type ResolversParentTypes } from '../generated/resolvers-types';

/**
 * Where the records of this level's protected types belong; kit applies each protected field's SDL requirement and
 * this rule (schema/AUTHORIZATION.md "Jurisdiction").
 */
export const territories: TerritoryDeclarations<ResolversParentTypes, SubgraphContext> = {
  // The audit trail: kit's resolver answers each caller the entries of their reach.
  FederalLevel: TERRITORY_FREE,

  // A Mobile Team visit belongs to the municipality visited.
  FederalMobileTeamVisit: (visit) => ({ municipalities: [visit.municipalityNis] }),
};
