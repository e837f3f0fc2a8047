import { type TerritoryDeclarations } from '@cohesion/kit';
import { type SubgraphContext } from '../context';
import { type ResolversParentTypes } from '../generated/resolvers-types';

/**
 * Where the records of this level's protected types belong. Its records are public so far: a field given
 * `@requiresScopes` must have its type's territory here, or the subgraph refuses to start.
 */
export const territories: TerritoryDeclarations<ResolversParentTypes, SubgraphContext> = {};
