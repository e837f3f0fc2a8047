import { DateScalar } from './date-scalar';
import { auditTrailResolvers } from './mutations/audit-trail';
import { figureResolvers } from './figure';
import { partialDateResolvers } from './partial-date';
import { provenanceResolvers } from './provenance';
import { type FunctionalContactSource, type SpeakerSource, type VenueSource } from './shared-values';

/**
 * The resolvers of schema/common.graphql's scalars and value types, for every subgraph's resolver map
 * (`{ ...commonResolvers, ... }`). Their parent types are the `*Source` types that kit's codegen configuration maps
 * the shared types to.
 */
export const commonResolvers = {
  Date: DateScalar,
  Provenance: provenanceResolvers,
  PartialDate: partialDateResolvers,
  Figure: figureResolvers,
  Venue: {
    municipality: (venue: VenueSource) => (venue.municipalityNis ? { nis: venue.municipalityNis } : null),
  },
  Speaker: {
    role: (speaker: SpeakerSource) => (speaker.role ?? null) as 'SPEAKER' | 'MODERATOR' | null,
  },
  FunctionalContact: {
    otherPhones: (contact: FunctionalContactSource) => contact.otherPhones ?? [],
  },
  // Every level's `auditTrail` answers these (kit's createAuditTrailResolver).
  ...auditTrailResolvers,
};
