import { type RegionCode } from './generated/resolvers-types';

/** Statbel NIS codes of the three regions, by the enum value filters use. */
export const REGION_NIS: Record<RegionCode, string> = { FLANDERS: '02000', WALLONIA: '03000', BRUSSELS: '04000' };

/** The enum value of a region's NIS code. */
export function regionCodeOf(nis: string): RegionCode {
  const entry = Object.entries(REGION_NIS).find(([, regionNis]) => regionNis === nis);
  if (!entry) throw new Error(`Unknown region NIS ${nis}`);
  return entry[0] as RegionCode;
}
