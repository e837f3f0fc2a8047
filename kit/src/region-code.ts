/** The `RegionCode` enum of schema/common.graphql. */
export type RegionCodeValue = 'FLANDERS' | 'WALLONIA' | 'BRUSSELS';

/** Statbel NIS code of each region, by its `RegionCode`. */
export const REGION_NIS: Readonly<Record<RegionCodeValue, string>> = { FLANDERS: '02000', WALLONIA: '03000', BRUSSELS: '04000' };

/** ISO 3166-2 code of each region (also the jurisdiction claim of regional roles), by its `RegionCode`. */
export const REGION_ISO: Readonly<Record<RegionCodeValue, string>> = { FLANDERS: 'BE-VLG', WALLONIA: 'BE-WAL', BRUSSELS: 'BE-BRU' };

function regionCodeIn(codes: Readonly<Record<RegionCodeValue, string>>, value: string, what: string): RegionCodeValue {
  const entry = Object.entries(codes).find(([, code]) => code === value);
  // Stored codes come from the seeds' reference data: an unknown one is a broken invariant, not the caller's mistake.
  if (!entry) throw new Error(`Unknown region ${what} code ${JSON.stringify(value)}`);
  return entry[0] as RegionCodeValue;
}

/** The `RegionCode` of a region's NIS code, e.g. `02000` → FLANDERS. */
export const regionCodeOfNis = (nis: string) => regionCodeIn(REGION_NIS, nis, 'NIS');

/** The `RegionCode` of a region's ISO 3166-2 code, e.g. `BE-VLG` → FLANDERS. */
export const regionCodeOfIso = (iso: string) => regionCodeIn(REGION_ISO, iso, 'ISO');
