import { euPartnersTables } from '@cohesion/db';
import {
  checkLocalizedText,
  checkText,
  createRecordMutations,
  localizedTextValue,
  pickGiven,
} from '@cohesion/kit';
import { type WorkingGroupRow } from '../data/rows';
import {
  type CreateEuWorkingGroupInput,
  type MutationResolvers,
  type UpdateEuWorkingGroupInput,
} from '../generated/resolvers-types';
import { createdRecordValues, EU_LEVEL, runMutation, sortTextOf } from './run-mutation';

const { workingGroups, organisations } = euPartnersTables;

export const workingGroupMutations: Pick<
  MutationResolvers,
  'createEuWorkingGroup' | 'updateEuWorkingGroup' | 'archiveEuWorkingGroup'
> = createRecordMutations<
  WorkingGroupRow,
  'EuWorkingGroup',
  'workingGroup',
  CreateEuWorkingGroupInput,
  UpdateEuWorkingGroupInput
>(runMutation, {
  recordType: 'EuWorkingGroup',
  payloadKey: 'workingGroup',
  table: workingGroups,
  idColumn: workingGroups.id,
  territory: () => EU_LEVEL,
  references: [
    { field: 'organisation', table: organisations, idColumn: organisations.id, recordType: 'EuOrganisation' },
  ],
  fieldErrors: (input) => [
    checkLocalizedText('names', input['names'] as never, { maxLength: 300 }),
    checkText('code', input['code'] as string | undefined, { maxLength: 50 }),
    checkText('expansion', input['expansion'] as string | undefined, { maxLength: 300 }),
    checkText('meetingRhythm', input['meetingRhythm'] as string | undefined, { maxLength: 200 }),
    checkLocalizedText('description', input['description'] as never, { maxLength: 5000 }),
  ],
  insert: (input, identity) => ({
    organisationId: input.organisation,
    name: localizedTextValue(input.names),
    code: input.code ?? null,
    kind: input.kind,
    expansion: input.expansion ?? null,
    rhythm: input.meetingRhythm ?? null,
    description: localizedTextValue(input.description),
    ...createdRecordValues(identity),
  }),
  change: (input) =>
    pickGiven({
      name: input.names ? localizedTextValue(input.names) : null,
      code: input.code,
      kind: input.kind,
      expansion: input.expansion,
      rhythm: input.meetingRhythm,
      description: input.description ? localizedTextValue(input.description) : null,
    }),
  derive: (row) => ({ sortName: sortTextOf(row.name) }),
});
