/**
 * GraphQL Code Generator `scalars` for a client of the hub: the TypeScript type each custom scalar of the
 * supergraph arrives as (`module#Type` makes codegen import it).
 *
 * - `Date`: an ISO calendar date `YYYY-MM-DD` (no time, no zone), kept as a string so that no time zone shifts it.
 * - `GeoJSON`: an RFC 7946 object, typed by `@types/geojson`. `LivcrCoverage.topology` carries a TopoJSON
 *   Topology under the same scalar: cast it to `topojson-specification`'s `Topology`.
 *
 * @example generates: { 'src/graphql.ts': { plugins: ['typescript'], config: { scalars } } }
 */
export const scalars = {
  Date: 'string',
  GeoJSON: 'geojson#GeoJSON',
} as const satisfies Record<string, string>;
