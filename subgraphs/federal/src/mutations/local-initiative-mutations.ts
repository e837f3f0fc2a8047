import { federalTables } from '@cohesion/db';
import {
  checkLocalizedText,
  checkNisCodeInput,
  createRecordMutations,
  localizedTextValue,
  pickGiven,
  searchTextOf,
  territoryOfNis,
  writtenByEditor,
} from '@cohesion/kit';
import { type LocalInitiativeRow } from '../data/rows';
import {
  type CreateFederalLocalInitiativeInput,
  type MutationResolvers,
  type UpdateFederalLocalInitiativeInput,
} from '../generated/resolvers-types';
import { optionalText, runMutation, sortKeyOf } from './run-mutation';

const { localInitiatives, documents } = federalTables;

export const localInitiativeMutations: Pick<
  MutationResolvers,
  'createFederalLocalInitiative' | 'updateFederalLocalInitiative' | 'archiveFederalLocalInitiative'
> = createRecordMutations<
  LocalInitiativeRow,
  'FederalLocalInitiative',
  'localInitiative',
  CreateFederalLocalInitiativeInput,
  UpdateFederalLocalInitiativeInput
>(runMutation, {
  recordType: 'FederalLocalInitiative',
  payloadKey: 'localInitiative',
  table: localInitiatives,
  idColumn: localInitiatives.id,
  // An initiative of the guide belongs to the municipality that runs it.
  territory: (row) => ({ municipalities: [row.municipalityNis] }),
  territoryField: 'municipality',
  references: [{ field: 'guide', table: documents, idColumn: documents.id, recordType: 'FederalDocument' }],
  fieldErrors: (input) => [
    checkLocalizedText('names', input['names'] as never, { maxLength: 300 }),
    checkLocalizedText('description', input['description'] as never, { maxLength: 5000 }),
  ],
  createErrors: (input) => [checkNisCodeInput('municipality', input.municipality)],
  insert: (input, identity) => {
    const { provinceNis, regionIso } = territoryOfNis(input.municipality);
    return {
      name: localizedTextValue(input.names),
      nameIsDescriptive: input.nameIsDescriptive ?? false,
      municipalityNis: input.municipality,
      provinceNis,
      regionIso,
      guideDocumentId: input.guide ?? null,
      presentedAtEventId: null,
      description: optionalText(input.description),
      ...writtenByEditor(identity),
    };
  },
  change: (input) =>
    pickGiven({
      name: input.names ? localizedTextValue(input.names) : null,
      nameIsDescriptive: input.nameIsDescriptive,
      description: optionalText(input.description),
    }),
  derive: (row) => ({ sortKey: sortKeyOf(row.name), searchText: searchTextOf(row.name, row.description) }),
});
