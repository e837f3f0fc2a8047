import { type Resolvers } from '../generated/resolvers-types';
import { isNisCode, required } from '@cohesion/kit';

export const municipalityResolvers: Pick<Resolvers, 'Municipality' | 'WalloniaBrusselsCsilrSupport' | 'WalloniaBrusselsPreventionGuidance'> = {
  Municipality: {
    // The municipalities subgraph owns the municipality; this level only adds its fields, loaded in batches below.
    __resolveReference: (reference) => (isNisCode(reference.nis) ? { nis: reference.nis } : null),
    csilrSupport: (municipality, _args, { loaders }) => loaders.csilrSupport.load(municipality.nis),
    preventionGuidance: (municipality, _args, { loaders }) => loaders.preventionGuidance.load(municipality.nis),
  },
  WalloniaBrusselsCsilrSupport: {
    municipality: (row) => ({ nis: row.municipalityNis }),
    province: (row) => ({ nis: row.provinceNis }),
    cellMunicipalities: async (row, _args, { loaders }) =>
      row.cellKey ? (await loaders.cellMunicipalities.load(row.cellKey)).map((member) => ({ nis: member.municipalityNis })) : [],
    coordinationTime: (row) => row.coordinationTime as never,
    legalBasis: async (row, _args, { loaders }) =>
      required(await loaders.document.load(row.legalBasisDocumentId), `document ${row.legalBasisDocumentId}`),
    offer: async (row, _args, { loaders }) => required(await loaders.offer.load(row.offerId), `offer ${row.offerId}`),
    provenance: (row) => row,
  },
  WalloniaBrusselsPreventionGuidance: {
    municipality: (row) => ({ nis: row.municipalityNis }),
    territory: (row) => row.territory as never,
    sectors: async (row, _args, { loaders }) => required(await loaders.offer.load(row.offerId), `offer ${row.offerId}`).sectors,
    topics: async (row, _args, { loaders }) => required(await loaders.offer.load(row.offerId), `offer ${row.offerId}`).topics,
    offer: async (row, _args, { loaders }) => required(await loaders.offer.load(row.offerId), `offer ${row.offerId}`),
    document: async (row, _args, { loaders }) => required(await loaders.document.load(row.documentId), `document ${row.documentId}`),
    provenance: (row) => row,
  },
};
