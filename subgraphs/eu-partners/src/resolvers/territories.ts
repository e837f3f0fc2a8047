import { TERRITORY_FREE, type TerritoryDeclarations } from '@cohesion/kit';
import { type SubgraphContext } from '../context';
import { type ResolversParentTypes } from '../generated/resolvers-types';

/**
 * Where the records of this level's protected types belong. The EU partners' records are public today: a field given
 * `@requiresScopes` must have its type's territory here (e.g. `{ eu: true }`), or the subgraph refuses to start.
 */
export const territories: TerritoryDeclarations<ResolversParentTypes, SubgraphContext> = {
  // The audit trail: kit's resolver answers each caller the entries of their reach.
  EuPartnersLevel: TERRITORY_FREE,
};
