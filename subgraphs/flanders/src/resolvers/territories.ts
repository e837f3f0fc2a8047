import { TERRITORY_FREE, type JurisdictionTarget, type TerritoryDeclarations } from '@cohesion/kit';
import { type SubgraphContext } from '../context';
import { type ResolversParentTypes } from '../generated/resolvers-types';

/** The Flemish level's own records (its working groups, experts, helpdesk) belong to the Flemish Region. */
export const FLEMISH_REGION: JurisdictionTarget = { regions: ['BE-VLG'] };

/**
 * Where the records of this level's protected types belong; kit applies each protected field's SDL requirement and
 * this rule (schema/AUTHORIZATION.md "Jurisdiction").
 */
export const territories: TerritoryDeclarations<ResolversParentTypes, SubgraphContext> = {
  // The audit trail: kit's resolver answers each caller the entries of their reach.
  FlemishLevel: TERRITORY_FREE,

  FlemishWorkingGroup: () => FLEMISH_REGION,
  FlemishIntervisionCircle: () => FLEMISH_REGION,
  FlemishExpert: () => FLEMISH_REGION,
  FlemishHelpdeskYear: () => FLEMISH_REGION,
  // A cell's self-evaluation is an internal fact of that cell: it belongs to the cell's municipalities.
  FlemishEmmascanEvaluation: async (evaluation, { loaders }) => ({
    municipalities: (await loaders.evaluationMunicipalities.load(evaluation.id)).map(({ nis }) => nis),
  }),
};
