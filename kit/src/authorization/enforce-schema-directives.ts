import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../errors';
import { identityOf } from './context-identity';
import { coversJurisdiction, type JurisdictionTarget } from './identity';
import { POLICE_ZONES, type PoliceZoneDirectory } from './police-zones';
import { POLICIES, type PolicyCatalogue } from './policies';
import { describeRequirement, isProtected, meetsRequirement } from './requirements';
import { createFieldRequirementLookup, readSchemaRequirements } from './schema-requirements';
import { type PersonalDataReadRecorder } from '../mutations/personal-data-reads';
import { TERRITORY_FREE, type SchemaTerritories } from './territories';

export type EnforceSchemaDirectivesOptions = {
  /** In production, `_entities` and `_service` answer verified callers only (DESIGN.md principle 4). */
  production: boolean;
  /** Where the records of each protected type belong; a protected type missing here refuses the schema. */
  territories: SchemaTerritories;
  policies?: PolicyCatalogue;
  /** The police zone composition `zone:` jurisdictions are read with; kit's reference by default. */
  policeZones?: PoliceZoneDirectory;
  /**
   * The level's personal-data fields (`PersonalDataDeclarations`): each read the caller is allowed is recorded with
   * `recordPersonalDataRead` before its value is answered. Each must be a protected field of a type with a territory.
   */
  personalData?: PersonalDataDeclarations;
  recordPersonalDataRead?: PersonalDataReadRecorder;
};

/**
 * A level's personal-data fields by schema coordinate (`LivcrCell.coordinator`), each with the id of the record it
 * belongs to: reading one appends a PERSONAL_DATA_READ row to the level's audit log (DESIGN.md principle 11).
 */
export type PersonalDataDeclarations = Readonly<Record<string, (source: never) => string>>;

/**
 * The one error of a field the caller may not read, in the gateway and in every subgraph alike (Apollo Router's
 * wording and code), whether the scope or the jurisdiction is missing: the caller learns no more than that.
 */
export function unauthorizedFieldError(coordinate: string, path?: ReadonlyArray<string | number>): GraphQLError {
  return new GraphQLError(`Unauthorized field or type: ${coordinate}.`, {
    ...(path ? { path } : {}),
    extensions: { code: ErrorCode.UNAUTHORIZED_FIELD_OR_TYPE },
  });
}

/** A subgraph serves protected fields of types whose territory it never declared: it must not start. */
export class UndeclaredTerritoryError extends Error {
  constructor(readonly fields: ReadonlyMap<string, readonly string[]>) {
    const listed = [...fields].map(([type, protectedFields]) => `${type} (${protectedFields.join('; ')})`).join(', ');
    super(
      `Protected fields on types whose territory is not declared: ${listed}. Declare in the subgraph's territories where ` +
        `each type's records belong, or TERRITORY_FREE for facts every holder of the requirement may read; refusing to start.`,
    );
    this.name = 'UndeclaredTerritoryError';
  }
}

const FEDERATION_ROOT_FIELDS = new Set(['_entities', '_service']);

/**
 * Enforces `@authenticated`, `@requiresScopes` and `@policy` inside a subgraph, for every caller, and with them the
 * jurisdiction rule a gateway cannot apply (DESIGN.md principle 4): a field whose own, parent type's or return type's
 * requirement the caller does not meet, or whose record's territory (from `territories`) the caller's jurisdictions do
 * not cover, resolves to one UNAUTHORIZED_FIELD_OR_TYPE error (and null, propagated as usual). Entity fields are
 * guarded the same way when reached through `_entities`. Fails closed: a protected field on a type with no declared
 * territory, or a declaration for a type the schema does not have, throws `UndeclaredTerritoryError` / an Error.
 * Mutation fields are checked for their SDL requirement only: where the written record belongs is known once it is
 * locked, so kit's mutation runner applies the jurisdiction rule inside the transaction. A declared personal-data
 * field's allowed reads are recorded in the audit log (`personalData`). Mutates and returns the schema, which must be
 * the service's own.
 */
export function enforceSchemaDirectives(schema: GraphQLSchema, options: EnforceSchemaDirectivesOptions): GraphQLSchema {
  const policies = options.policies ?? POLICIES;
  const policeZones = options.policeZones ?? POLICE_ZONES;
  const unknownTypes = Object.keys(options.territories).filter((name) => !isObjectType(schema.getType(name)));
  if (unknownTypes.length > 0) {
    throw new Error(`Territories are declared for ${unknownTypes.join(', ')}, which the schema has no object type of: a stale or misspelt declaration.`);
  }
  const personalData = options.personalData ?? {};
  const recordRead = options.recordPersonalDataRead;
  if (Object.keys(personalData).length > 0 && !recordRead) throw new Error('Personal-data fields are declared, but no recorder of their reads is given: refusing to start.');
  const fieldRequirement = createFieldRequirementLookup(schema, readSchemaRequirements(schema));
  const undeclared = new Map<string, string[]>();
  const wrappedPersonalData = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const coordinate = `${type.name}.${field.name}`;
      if (type === schema.getQueryType() && FEDERATION_ROOT_FIELDS.has(field.name)) {
        if (!options.production) continue;
        field.resolve = (source, args, context, info) => {
          if (!identityOf(context)) {
            throw new GraphQLError(`${field.name} answers verified callers only: send a bearer token.`, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
          }
          return resolve(source, args, context, info);
        };
        continue;
      }
      const requirement = fieldRequirement(type, field);
      if (!isProtected(requirement)) continue;
      if (type === schema.getMutationType()) {
        field.resolve = (source, args, context, info) => {
          if (!meetsRequirement(identityOf(context), requirement, policies)) throw unauthorizedFieldError(coordinate);
          return resolve(source, args, context, info);
        };
        continue;
      }
      const territoryOf = Object.hasOwn(options.territories, type.name) ? options.territories[type.name] : undefined;
      if (territoryOf === undefined) {
        undeclared.set(type.name, [...(undeclared.get(type.name) ?? []), `${field.name}: ${describeRequirement(requirement)}`]);
        continue;
      }
      if (territoryOf === TERRITORY_FREE) {
        field.resolve = (source, args, context, info) => {
          if (!meetsRequirement(identityOf(context), requirement, policies)) throw unauthorizedFieldError(coordinate);
          return resolve(source, args, context, info);
        };
        continue;
      }
      const territory = territoryOf as (source: unknown, context: unknown) => JurisdictionTarget | Promise<JurisdictionTarget>;
      const recordIdOf = Object.hasOwn(personalData, coordinate) ? (personalData[coordinate] as (source: unknown) => string) : undefined;
      if (recordIdOf) wrappedPersonalData.add(coordinate);
      field.resolve = async (source, args, context, info) => {
        const identity = identityOf(context);
        // The scope first: a caller without it never makes the subgraph load where the record belongs.
        if (!meetsRequirement(identity, requirement, policies)) throw unauthorizedFieldError(coordinate);
        const target = await territory(source, context);
        if (!coversJurisdiction(identity, target, policeZones)) throw unauthorizedFieldError(coordinate);
        const value = await resolve(source, args, context, info);
        // Recorded before it is answered: a read that cannot be logged is not answered.
        if (recordIdOf && recordRead && value !== null && value !== undefined) {
          await recordRead(context, { coordinate, recordType: type.name, recordId: recordIdOf(source), territory: target });
        }
        return value;
      };
    }
  }
  if (undeclared.size > 0) throw new UndeclaredTerritoryError(undeclared);
  const unguarded = Object.keys(personalData).filter((coordinate) => !wrappedPersonalData.has(coordinate));
  if (unguarded.length > 0) {
    throw new Error(`Personal-data fields ${unguarded.join(', ')} are not protected fields of a type with a territory: declare their requirement in the SDL and their type's territory; refusing to start.`);
  }
  return schema;
}
