import { euPartnersTables } from '@cohesion/db';
import {
  checkNisCodeInput,
  checkText,
  createRecurringRecordMutations,
  localizedTextValue,
  pickGiven,
  REGION_ISO,
  REGION_NIS,
  searchTextOf,
  territoryOfNis,
} from '@cohesion/kit';
import { type EventRow } from '../data/rows';
import {
  type CreateEuEventInput,
  type MutationResolvers,
  type UpdateEuEventInput,
} from '../generated/resolvers-types';
import { createdRecordValues, EU_LEVEL, runMutation } from './run-mutation';

const { events, projects } = euPartnersTables;

/** The municipality, province and region (NIS codes) of a Belgian venue, as the event list filters them. */
function venuePlace(nis: string | null | undefined) {
  if (!nis) return { venueNis: null, venueProvinceNis: null, venueRegionNis: null };
  const { provinceNis, regionIso } = territoryOfNis(nis);
  const region = Object.entries(REGION_ISO).find(
    ([, iso]) => iso === regionIso,
  )?.[0] as keyof typeof REGION_NIS;
  return { venueNis: nis, venueProvinceNis: provinceNis, venueRegionNis: REGION_NIS[region] };
}

const textErrors = (input: { subtitle?: string | null; registration?: string | null }) => [
  checkText('subtitle', input.subtitle, { maxLength: 300 }),
  checkText('registration', input.registration, { maxLength: 1000 }),
];

export const eventMutations: Pick<MutationResolvers, 'createEuEvent' | 'updateEuEvent' | 'archiveEuEvent'> =
  createRecurringRecordMutations<EventRow, 'EuEvent', CreateEuEventInput, UpdateEuEventInput>(runMutation, {
    kind: 'event',
    recordType: 'EuEvent',
    table: events,
    idColumn: events.id,
    territory: () => EU_LEVEL,
    references: [{ field: 'project', table: projects, idColumn: projects.id, recordType: 'EuProject' }],
    createErrors: (input) => [
      ...textErrors(input),
      checkNisCodeInput('venueMunicipality', input.venueMunicipality),
    ],
    updateErrors: textErrors,
    insert: (input, identity) => {
      const language = input.language ? input.language.toLowerCase() : null;
      return {
        title: localizedTextValue(input.titles),
        subtitle: input.subtitle ?? null,
        kind: input.kind,
        date: input.date,
        startTime: input.startTime ?? null,
        endTime: input.endTime ?? null,
        online: input.online,
        venueName: input.venueName ?? null,
        venueAddress: null,
        venuePostalCode: null,
        venueCity: input.venueCity ?? null,
        ...venuePlace(input.venueMunicipality),
        language,
        languages: language ? [language] : [],
        speakers: [],
        registration: input.registration ?? null,
        registrationDeadline: null,
        free: null,
        format: null,
        interpretation: null,
        audience: [],
        description: localizedTextValue(input.description),
        seriesId: null,
        projectId: input.project ?? null,
        relatedOrganisationIds: [],
        ...createdRecordValues(identity),
      };
    },
    change: (input) => {
      const language = input.language ? input.language.toLowerCase() : null;
      return pickGiven({
        title: input.titles ? localizedTextValue(input.titles) : null,
        subtitle: input.subtitle,
        kind: input.kind,
        date: input.date,
        startTime: input.startTime,
        endTime: input.endTime,
        online: input.online,
        venueName: input.venueName,
        venueCity: input.venueCity,
        language,
        languages: language ? [language] : null,
        registration: input.registration,
        description: input.description ? localizedTextValue(input.description) : null,
      });
    },
    derive: (row) => ({
      searchText: searchTextOf(
        row.title,
        row.subtitle,
        row.speakers.flatMap((speaker) =>
          [speaker.name, speaker.affiliation].filter((part): part is string => part !== null),
        ),
      ),
    }),
  });
