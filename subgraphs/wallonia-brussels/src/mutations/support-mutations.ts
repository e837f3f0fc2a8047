import { walloniaBrusselsTables } from '@cohesion/db';
import {
  checkNisCodeInput,
  checkSomethingToChange,
  checkVersion,
  collectUserErrors,
  pickGiven,
  requireReferences,
} from '@cohesion/kit';
import { type CsilrSupportRow, type PreventionGuidanceRow } from '../data/rows';
import { type MutationResolvers } from '../generated/resolvers-types';
import { runMutation } from './run-mutation';

const { csilrSupport, preventionGuidance, documents, offers } = walloniaBrusselsTables;

/** BPV's guidance is Brussels' (the Brussels prevention and security body), also where it reaches the Vlaamse Rand. */
const BRUSSELS_REGION = { regions: ['BE-BRU'] };

export const supportMutations: Pick<
  MutationResolvers,
  'updateWalloniaCsilrSupport' | 'updateBrusselsPreventionGuidance'
> = {
  updateWalloniaCsilrSupport: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'updateWalloniaCsilrSupport',
      input,
      userErrors: collectUserErrors(
        checkNisCodeInput('municipality', input.municipality),
        checkVersion('expectedVersion', input.expectedVersion),
        checkSomethingToChange(input, ['throughSocialCohesionPlan', 'coordinationTime']),
      ),
      write: async (transaction) => ({
        csilrSupport: await transaction.updateVersioned<CsilrSupportRow>({
          table: csilrSupport,
          idColumn: csilrSupport.municipalityNis,
          id: input.municipality,
          idField: 'municipality',
          recordType: 'WalloniaBrusselsCsilrSupport',
          expectedVersion: input.expectedVersion,
          // The support of a municipality's CSIL-R belongs to that municipality (as its reads do).
          territory: (row) => ({ municipalities: [row.municipalityNis] }),
          set: pickGiven({
            throughSocialCohesionPlan: input.throughSocialCohesionPlan,
            coordinationTime: input.coordinationTime,
          }),
        }),
      }),
    }),
  updateBrusselsPreventionGuidance: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'updateBrusselsPreventionGuidance',
      input,
      userErrors: collectUserErrors(
        checkNisCodeInput('municipality', input.municipality),
        checkVersion('expectedVersion', input.expectedVersion),
        checkSomethingToChange(input, ['document', 'offer']),
      ),
      write: async (transaction) => {
        await requireReferences(
          transaction,
          [
            {
              field: 'document',
              table: documents,
              idColumn: documents.id,
              recordType: 'WalloniaBrusselsDocument',
            },
            { field: 'offer', table: offers, idColumn: offers.id, recordType: 'WalloniaBrusselsOffer' },
          ],
          input,
        );
        return {
          preventionGuidance: await transaction.updateVersioned<PreventionGuidanceRow>({
            table: preventionGuidance,
            idColumn: preventionGuidance.municipalityNis,
            id: input.municipality,
            idField: 'municipality',
            recordType: 'WalloniaBrusselsPreventionGuidance',
            expectedVersion: input.expectedVersion,
            territory: () => BRUSSELS_REGION,
            set: pickGiven({ documentId: input.document, offerId: input.offer }),
          }),
        };
      },
    }),
};
