import { flandersTables } from '@cohesion/db';
import {
  archiveMutationResolver,
  checkLocalizedText,
  checkSomethingToChange,
  checkVersion,
  checkWholeNumber,
  collectUserErrors,
  localizedTextValue,
  pickGiven,
} from '@cohesion/kit';
import { type NetworkRow } from '../data/rows';
import { type MutationResolvers } from '../generated/resolvers-types';
import { searchTextOf, sortTextOf } from './curated-values';
import { FLEMISH_REGION, runMutation } from './run-mutation';

const { networks } = flandersTables;
// One table holds the three kinds of network; audit rows name the table's record type.
const RECORD_TYPE = 'FlemishNetwork';

/** The payload of a network write: the field of its kind (working group, intervision circle, regional platform). */
export function networkPayload(row: NetworkRow) {
  if (row.networkKind === 'WORKING_GROUP') return { workingGroup: row };
  if (row.networkKind === 'INTERVISION_CIRCLE') return { intervisionCircle: row };
  return { regionalPlatform: row };
}

const archiveNetwork = archiveMutationResolver<NetworkRow, 'network'>(runMutation, {
  territory: () => FLEMISH_REGION,
  mutation: 'archiveFlemishNetwork',
  table: networks,
  idColumn: networks.id,
  recordType: RECORD_TYPE,
  payloadKey: 'network',
});

export const networkMutations: Pick<MutationResolvers, 'updateFlemishNetwork' | 'archiveFlemishNetwork'> = {
  updateFlemishNetwork: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'updateFlemishNetwork',
      input,
      userErrors: collectUserErrors(
        checkVersion('expectedVersion', input.expectedVersion),
        checkLocalizedText('names', input.names, { maxLength: 300 }),
        checkWholeNumber('timesPerYear', input.timesPerYear, { min: 1, max: 52 }),
        checkLocalizedText('description', input.description, { maxLength: 5000 }),
        checkSomethingToChange(input, ['names', 'timesPerYear', 'description']),
      ),
      write: async (transaction) =>
        networkPayload(
          await transaction.updateVersioned<NetworkRow>({
            table: networks,
            idColumn: networks.id,
            id: input.id,
            recordType: RECORD_TYPE,
            expectedVersion: input.expectedVersion,
            territory: () => FLEMISH_REGION,
            set: (current) => {
              const next = pickGiven({
                name: input.names ? localizedTextValue(input.names) : null,
                timesPerYear: input.timesPerYear,
                description: input.description ? localizedTextValue(input.description) : null,
              });
              const merged = { ...current, ...next };
              return {
                ...next,
                sortName: sortTextOf(merged.name),
                searchText: searchTextOf(merged.name, merged.alsoKnownAs, merged.description),
              };
            },
          }),
        ),
    }),
  archiveFlemishNetwork: async (root, args, context) => {
    const { network, userErrors } = await archiveNetwork(root, args, context);
    return { ...(network ? networkPayload(network) : {}), userErrors };
  },
};
