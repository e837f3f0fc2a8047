import { type municipalitiesTables } from '@cohesion/db';
import { type ConnectionEdge, type ConnectionPage, type ProvenanceSource as KitProvenanceSource } from '@cohesion/kit';

type Tables = typeof municipalitiesTables;

/** A municipality without its boundary, which is loaded separately and only when asked for. */
export type MunicipalityRow = Omit<Tables['municipalities']['$inferSelect'], 'geometry' | 'searchText'>;
export type ProvinceRow = Omit<Tables['provinces']['$inferSelect'], 'geometry'>;
export type RegionRow = Omit<Tables['regions']['$inferSelect'], 'geometry'>;
export type ArrondissementRow = Tables['arrondissements']['$inferSelect'];
export type PredecessorRow = Tables['predecessors']['$inferSelect'];

/** What `LocalizedNames` resolves from: the name columns of any territorial row (English for regions only). */
export type NamesSource = { nameNl: string; nameFr: string; nameDe: string | null; nameEn?: string; languageRegime?: string };

/** What `Provenance` resolves from. */
export type ProvenanceSource = KitProvenanceSource;

export type MunicipalityEdgeSource = ConnectionEdge<MunicipalityRow>;

/** One page of the municipality connection; `totalCount` is counted only when asked for. */
export type MunicipalityPage = ConnectionPage<MunicipalityRow>;

export type LivcrCellRow = Tables['livcrCells']['$inferSelect'];
export type LivcrMembershipRow = Tables['livcrCellMemberships']['$inferSelect'];
export type LivcrStatusPeriodRow = Tables['livcrCellStatusPeriods']['$inferSelect'];
export type LivcrMemberRoleRow = Tables['livcrCellMemberRoles']['$inferSelect'];

/** A cell as described on a date: its time-dependent fields (status, scope, members) are read on `referenceDate`. */
export type LivcrCellSource = LivcrCellRow & { referenceDate: string };

export type LivcrCellEdgeSource = ConnectionEdge<LivcrCellSource>;

/** One page of the cell connection; `totalCount` is counted only when asked for. */
export type LivcrCellPage = ConnectionPage<LivcrCellSource>;
