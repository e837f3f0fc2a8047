import { federalTables } from '@cohesion/db';
import {
  checkDate,
  checkNisCodeInput,
  createRecordMutations,
  invalidValue,
  pickGiven,
  territoryOfNis,
  todayIso,
  writtenByEditor,
} from '@cohesion/kit';
import { type VisitRow } from '../data/rows';
import {
  type MutationResolvers,
  type RecordFederalMobileTeamVisitInput,
  type UpdateFederalMobileTeamVisitInput,
} from '../generated/resolvers-types';
import { runMutation } from './run-mutation';

const { mobileTeamVisits, offers } = federalTables;

/** The Mobile Team's organisation (the seed's id): every visit is one of its visits. */
const MOBILE_TEAM_ORGANISATION_ID = 'mobile-team';
/** The team started in May 2016. */
const TEAM_STARTED_ON = '2016-05-01';

function sectorErrors(sectors: readonly string[] | null | undefined) {
  const repeated = sectors?.find((sector, index) => sectors.indexOf(sector) !== index);
  return repeated ? invalidValue('participantSectors', repeated, 'expected each sector once') : null;
}

export const mobileTeamVisitMutations: Pick<
  MutationResolvers,
  'recordFederalMobileTeamVisit' | 'updateFederalMobileTeamVisit' | 'archiveFederalMobileTeamVisit'
> = createRecordMutations<
  VisitRow,
  'FederalMobileTeamVisit',
  'mobileTeamVisit',
  RecordFederalMobileTeamVisitInput,
  UpdateFederalMobileTeamVisitInput,
  'record'
>(runMutation, {
  recordType: 'FederalMobileTeamVisit',
  createVerb: 'record',
  payloadKey: 'mobileTeamVisit',
  table: mobileTeamVisits,
  idColumn: mobileTeamVisits.id,
  // A visit belongs to the municipality visited (as its participant sectors do, territories.ts).
  territory: (row) => ({ municipalities: [row.municipalityNis] }),
  territoryField: 'municipality',
  references: [{ field: 'offer', table: offers, idColumn: offers.id, recordType: 'FederalOffer' }],
  fieldErrors: (input) => [
    checkDate('date', input['date'] as string | undefined, {
      notBefore: TEAM_STARTED_ON,
      notAfter: todayIso(),
    }),
    sectorErrors(input['participantSectors'] as string[] | undefined),
  ],
  createErrors: (input) => [checkNisCodeInput('municipality', input.municipality)],
  insert: (input, identity) => {
    const { provinceNis, regionIso } = territoryOfNis(input.municipality);
    return {
      teamOrganisationId: MOBILE_TEAM_ORGANISATION_ID,
      date: input.date,
      municipalityNis: input.municipality,
      provinceNis,
      regionIso,
      topic: input.topic,
      offerId: input.offer ?? null,
      participantSectors: input.participantSectors ?? [],
      ...writtenByEditor(identity),
    };
  },
  change: (input) =>
    pickGiven({ date: input.date, topic: input.topic, participantSectors: input.participantSectors }),
  derive: () => ({}),
});
