// Generated from schema/supergraph.graphql by `npm run generate -w @cohesion/client`: do not edit.
// The test entity-keys.test.ts fails when this file no longer matches the supergraph.

/** Every entity of the supergraph and the fields of its federation `@key`. */
export const ENTITY_KEYS = {
  EuOrganisation: ['id'],
  FederalOrganisation: ['id'],
  FlemishOrganisation: ['id'],
  LivcrCell: ['id'],
  Municipality: ['nis'],
  PoliceZone: ['id'],
  Province: ['nis'],
  Region: ['nis'],
  WalloniaBrusselsOrganisation: ['id'],
} as const satisfies Record<string, readonly string[]>;
