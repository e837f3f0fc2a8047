import { POLICE_ZONES, type PoliceZoneDirectory } from './police-zones';

/**
 * Who is calling, as established from a verified bearer JWT (DESIGN.md principle 5). `null` everywhere
 * means an anonymous caller, who sees the public part of the graph.
 */
export type Identity = {
  /** The token's `sub`. */
  subject: string;
  /** The token's space-separated `scope`, as a set. */
  scopes: ReadonlySet<string>;
  /** The token's `jurisdictions`: `BE`, `BE-VLG`, `BE-WAL`, `BE-BRU`, `prov:40000`, `nis:41002`, `zone:SAMPLE-4101`, `EU`. */
  jurisdictions: readonly string[];
  /** The token's `org`, the caller's organisation. */
  organisation: string | null;
};

/**
 * Where a protected record belongs: the municipalities it concerns, and optionally regions, provinces, police zones or
 * the EU level. A level declares it once per protected type (`TerritoryDeclarations`).
 */
export type JurisdictionTarget = {
  /** 2025 NIS codes of the municipalities the record concerns (a shared cell concerns several). */
  municipalities?: readonly string[];
  /** Regions (ISO codes, e.g. BE-VLG) of a regional record. */
  regions?: readonly string[];
  /** Provinces (NIS codes) of a provincial record. */
  provinces?: readonly string[];
  /** Police zone ids (the federal subgraph's `PoliceZone.id`), for records of a zone itself. */
  zones?: readonly string[];
  /** True for records of the EU level, covered by the `EU` jurisdiction. */
  eu?: boolean;
  /** True for records of the national level itself (a federal circular, the Mobile Team), covered by `BE` only. */
  national?: boolean;
};

const FLEMISH_ARRONDISSEMENT_PREFIXES = ['1', '3', '4', '7'];

/**
 * The province (NIS) and region (ISO) of a 2025 municipality, from the REFNIS hierarchy built into its code:
 * the first two digits are the arrondissement, whose first digit is the province (2 is split between
 * Brussels 21, Flemish Brabant 23/24 and Walloon Brabant 25).
 */
export function territoryOfNis(nis: string): { provinceNis: string | null; regionIso: 'BE-VLG' | 'BE-WAL' | 'BE-BRU' } {
  const first = nis.charAt(0);
  const arrondissement = nis.slice(0, 2);
  if (arrondissement === '21') return { provinceNis: null, regionIso: 'BE-BRU' };
  if (arrondissement === '23' || arrondissement === '24') return { provinceNis: '20001', regionIso: 'BE-VLG' };
  if (arrondissement === '25') return { provinceNis: '20002', regionIso: 'BE-WAL' };
  return { provinceNis: `${first}0000`, regionIso: FLEMISH_ARRONDISSEMENT_PREFIXES.includes(first) ? 'BE-VLG' : 'BE-WAL' };
}

/**
 * Every jurisdiction that covers the record: `BE` for anything in Belgium, the regions, `prov:` and `nis:` codes of its
 * territory, the `zone:` of each police zone (from `policeZones`) it lies in, `EU` for EU-level records. A record of
 * several municipalities (a shared cell) is covered by a jurisdiction over any of them. The audit log stores this set
 * with each row, so an editor's own history is one array overlap in SQL.
 */
export function jurisdictionsCovering(target: JurisdictionTarget, policeZones: PoliceZoneDirectory = POLICE_ZONES): string[] {
  const covering = new Set<string>();
  if (target.eu) covering.add('EU').add('BE');
  if (target.national) covering.add('BE');
  if (target.municipalities?.length || target.regions?.length || target.provinces?.length || target.zones?.length) covering.add('BE');
  for (const region of target.regions ?? []) covering.add(region);
  for (const province of target.provinces ?? []) covering.add(`prov:${province}`).add(provinceRegion(province));
  for (const zone of target.zones ?? []) covering.add(`zone:${zone}`);
  const municipalities = new Set(target.municipalities ?? []);
  for (const nis of municipalities) {
    const { provinceNis, regionIso } = territoryOfNis(nis);
    covering.add(`nis:${nis}`).add(regionIso);
    if (provinceNis !== null) covering.add(`prov:${provinceNis}`);
  }
  if (municipalities.size > 0) {
    for (const [zone, members] of policeZones) if (members.some((nis) => municipalities.has(nis))) covering.add(`zone:${zone}`);
  }
  return [...covering];
}

/**
 * Whether the caller's jurisdictions cover the record (`jurisdictionsCovering`). An anonymous caller, and an unknown
 * zone, cover nothing.
 */
export function coversJurisdiction(identity: Identity | null, target: JurisdictionTarget, policeZones: PoliceZoneDirectory = POLICE_ZONES): boolean {
  if (!identity) return false;
  const held = new Set(identity.jurisdictions);
  return jurisdictionsCovering(target, policeZones).some((jurisdiction) => held.has(jurisdiction));
}

function provinceRegion(provinceNis: string): string {
  return territoryOfNis(`${provinceNis.slice(0, 1)}${provinceNis === '20001' ? '3' : provinceNis === '20002' ? '5' : '1'}000`).regionIso;
}
