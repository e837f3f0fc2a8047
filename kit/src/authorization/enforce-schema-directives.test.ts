import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { enforceSchemaDirectives, UndeclaredTerritoryError } from './enforce-schema-directives';
import { type Identity } from './identity';
import { TERRITORY_FREE, type SchemaTerritories, type TerritoryOf } from './territories';

const DIRECTIVES = `
  directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
  directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
  directive @policy(policies: [[String!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
`;

const SDL = `${DIRECTIVES}
  type Query { cell(id: ID!): Cell, fact: NationalFact }
  type Cell { id: ID!, coordinator: String @requiresScopes(scopes: [["contacts:read"]]) }
  type NationalFact { total: Int @requiresScopes(scopes: [["national:read"]]) }
`;

// Aalst (41002) and Erpe-Mere (41082) in East Flanders; Ghent (44021) too; Namur (92094) in Wallonia.
const CELLS: Record<string, { id: string; coordinator: string; memberNis: string[] }> = {
  aalst: { id: 'aalst', coordinator: 'An Aalst', memberNis: ['41002', '41082'] },
  ghent: { id: 'ghent', coordinator: 'Gert Gent', memberNis: ['44021'] },
  namur: { id: 'namur', coordinator: 'Nadia Namur', memberNis: ['92094'] },
};
const ZONES = new Map([
  ['5411', ['41002', '41082']],
  ['5415', ['44021']],
]);
const QUERY = `query ($id: ID!) { cell(id: $id) { id coordinator } }`;

const identity = (scopes: string[], jurisdictions: string[]): Identity => ({ subject: 'test', scopes: new Set(scopes), jurisdictions, organisation: null });
const cellTerritory: TerritoryOf<{ memberNis: string[] }, unknown> = (cell) => ({ municipalities: cell.memberNis });

function enforced(sdl: string, territories: SchemaTerritories): GraphQLSchema {
  return enforceSchemaDirectives(buildSchema(sdl), { production: false, territories, policeZones: ZONES });
}

async function coordinatorOf(schema: GraphQLSchema, id: string, caller: Identity | null) {
  const result = await graphql({
    schema,
    source: QUERY,
    variableValues: { id },
    rootValue: { cell: ({ id: cellId }: { id: string }) => CELLS[cellId], fact: { total: 42 } },
    contextValue: { identity: caller },
  });
  return {
    coordinator: (result.data?.cell as { coordinator: string | null } | undefined)?.coordinator,
    errors: result.errors?.map((error) => ({ message: error.message, code: error.extensions.code, path: error.path?.join('.') })),
  };
}

describe('enforceSchemaDirectives: the SDL requirement and the declared territory, once', () => {
  const schema = () => enforced(SDL, { Cell: cellTerritory as TerritoryOf<never, never>, NationalFact: TERRITORY_FREE });

  describe('fails closed at start', () => {
    it.each([
      ['@requiresScopes', `type Query { secret: String @requiresScopes(scopes: [["cells:read"]]) }`, 'Query (secret: scopes [["cells:read"]])'],
      ['@authenticated', `type Query { note: Note } type Note @authenticated { text: String }`, 'Query (note: authenticated), Note (text: authenticated)'],
      ['@policy', `type Query { member: String @policy(policies: [["member_of_network"]]) }`, 'Query (member: policies [["member_of_network"]])'],
    ])('refuses a %s field on a type whose territory is not declared, naming it', (_directive, types, named) => {
      expect(() => enforced(`${DIRECTIVES} ${types}`, {})).toThrow(UndeclaredTerritoryError);
      expect(() => enforced(`${DIRECTIVES} ${types}`, {})).toThrow(`Protected fields on types whose territory is not declared: ${named}.`);
    });

    it('refuses a new protected field on a type whose level declared the others but not this type', () => {
      expect(() => enforced(SDL, { Cell: cellTerritory as TerritoryOf<never, never> })).toThrow('NationalFact (total: scopes [["national:read"]])');
    });

    it('refuses a declaration for a type the schema does not have', () => {
      expect(() => enforced(SDL, { Cell: TERRITORY_FREE, NationalFact: TERRITORY_FREE, LivcrCel: TERRITORY_FREE })).toThrow(
        'Territories are declared for LivcrCel, which the schema has no object type of',
      );
    });

    it('starts when every protected type is declared, with a territory or territory-free', () => {
      expect(() => schema()).not.toThrow();
    });
  });

  it('answers a caller without the scope null and one UNAUTHORIZED_FIELD_OR_TYPE error, without asking where the record belongs', async () => {
    const territory = jest.fn(cellTerritory);
    const spied = enforced(SDL, { Cell: territory as TerritoryOf<never, never>, NationalFact: TERRITORY_FREE });
    for (const caller of [null, identity(['cells:read'], ['nis:41002'])]) {
      expect(await coordinatorOf(spied, 'aalst', caller)).toEqual({
        coordinator: null,
        errors: [{ message: 'Unauthorized field or type: Cell.coordinator.', code: 'UNAUTHORIZED_FIELD_OR_TYPE', path: 'cell.coordinator' }],
      });
    }
    expect(territory).not.toHaveBeenCalled();
  });

  it('answers a caller with the scope outside the record\'s territory the same error, and inside it the value', async () => {
    const ghent = identity(['contacts:read'], ['nis:44021']);
    expect(await coordinatorOf(schema(), 'aalst', ghent)).toEqual({
      coordinator: null,
      errors: [{ message: 'Unauthorized field or type: Cell.coordinator.', code: 'UNAUTHORIZED_FIELD_OR_TYPE', path: 'cell.coordinator' }],
    });
    expect(await coordinatorOf(schema(), 'ghent', ghent)).toEqual({ coordinator: 'Gert Gent', errors: undefined });
    // A shared cell is seen from any of its municipalities.
    expect(await coordinatorOf(schema(), 'aalst', identity(['contacts:read'], ['nis:41082']))).toEqual({ coordinator: 'An Aalst', errors: undefined });
  });

  it('lets a zone: jurisdiction see the cells of its police zone\'s municipalities and no others', async () => {
    const zone = identity(['contacts:read'], ['zone:5411']);
    expect(await coordinatorOf(schema(), 'aalst', zone)).toEqual({ coordinator: 'An Aalst', errors: undefined });
    expect((await coordinatorOf(schema(), 'ghent', zone)).errors?.map((error) => error.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    expect((await coordinatorOf(schema(), 'aalst', identity(['contacts:read'], ['zone:9999']))).coordinator).toBeNull();
  });

  it.each([
    ['BE', ['aalst', 'ghent', 'namur'], []],
    ['BE-VLG', ['aalst', 'ghent'], ['namur']],
    ['BE-WAL', ['namur'], ['aalst', 'ghent']],
    ['prov:40000', ['aalst', 'ghent'], ['namur']],
    ['prov:90000', ['namur'], ['aalst', 'ghent']],
  ])('lets %s see the cells within it and no others', async (jurisdiction, seen, hidden) => {
    const caller = identity(['contacts:read'], [jurisdiction]);
    for (const id of seen) expect(await coordinatorOf(schema(), id, caller)).toEqual({ coordinator: CELLS[id]!.coordinator, errors: undefined });
    for (const id of hidden) expect((await coordinatorOf(schema(), id, caller)).coordinator).toBeNull();
  });

  it('answers a territory-free field to every holder of its scope, wherever their jurisdiction', async () => {
    const total = async (caller: Identity | null) =>
      (await graphql({ schema: schema(), source: '{ fact { total } }', rootValue: { fact: { total: 42 } }, contextValue: { identity: caller } })).data;
    expect(await total(identity(['national:read'], ['nis:92094']))).toEqual({ fact: { total: 42 } });
    expect(await total(identity(['contacts:read'], ['BE']))).toEqual({ fact: { total: null } });
  });
});

describe('enforceSchemaDirectives: mutations and personal-data reads', () => {
  const MUTATION_SDL = `${SDL} type Mutation { renameCell(id: ID!, name: String!): Cell @requiresScopes(scopes: [["cells:write"]]) }`;

  it('checks a mutation field’s scope without a territory declaration for Mutation (the mutation runner applies jurisdiction)', async () => {
    const schema = enforced(MUTATION_SDL, { Cell: cellTerritory as TerritoryOf<never, never>, NationalFact: TERRITORY_FREE });
    const rename = (caller: Identity | null) =>
      graphql({ schema, source: `mutation { renameCell(id: "aalst", name: "x") { id } }`, rootValue: { renameCell: () => CELLS.aalst }, contextValue: { identity: caller } });
    expect((await rename(identity(['cells:write'], ['nis:41002']))).data).toEqual({ renameCell: { id: 'aalst' } });
    const refused = await rename(identity(['cells:read'], ['nis:41002']));
    expect(refused.data).toEqual({ renameCell: null });
    expect(refused.errors?.[0]?.extensions.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    expect((await rename(null)).errors?.[0]?.message).toBe('Unauthorized field or type: Mutation.renameCell.');
  });

  it('records each allowed read of a declared personal-data field, with its record and territory, and never a refused one', async () => {
    const reads: unknown[] = [];
    const schema = enforceSchemaDirectives(buildSchema(SDL), {
      production: false,
      territories: { Cell: cellTerritory as TerritoryOf<never, never>, NationalFact: TERRITORY_FREE },
      policeZones: ZONES,
      personalData: { 'Cell.coordinator': (cell: { id: string }) => cell.id },
      recordPersonalDataRead: async (_context, read) => {
        reads.push(read);
      },
    });
    expect((await coordinatorOf(schema, 'aalst', identity(['contacts:read'], ['nis:41002']))).coordinator).toBe('An Aalst');
    expect((await coordinatorOf(schema, 'ghent', identity(['contacts:read'], ['nis:41002']))).coordinator).toBeNull();
    expect(reads).toEqual([{ coordinate: 'Cell.coordinator', recordType: 'Cell', recordId: 'aalst', territory: { municipalities: ['41002', '41082'] } }]);
  });

  it('does not answer a personal-data field whose read cannot be recorded', async () => {
    const schema = enforceSchemaDirectives(buildSchema(SDL), {
      production: false,
      territories: { Cell: cellTerritory as TerritoryOf<never, never>, NationalFact: TERRITORY_FREE },
      policeZones: ZONES,
      personalData: { 'Cell.coordinator': (cell: { id: string }) => cell.id },
      recordPersonalDataRead: () => Promise.reject(new Error('audit log unavailable')),
    });
    expect((await coordinatorOf(schema, 'aalst', identity(['contacts:read'], ['nis:41002']))).coordinator).toBeNull();
  });

  it('refuses to start with a personal-data declaration of a field that is not protected, or without a recorder', () => {
    const territories: SchemaTerritories = { Cell: cellTerritory as TerritoryOf<never, never>, NationalFact: TERRITORY_FREE };
    const options = { production: false, territories, recordPersonalDataRead: async () => undefined };
    expect(() => enforceSchemaDirectives(buildSchema(SDL), { ...options, personalData: { 'Cell.id': () => 'x' } })).toThrow('Personal-data fields Cell.id are not protected fields');
    expect(() => enforceSchemaDirectives(buildSchema(SDL), { production: false, territories, personalData: { 'Cell.coordinator': () => 'x' } })).toThrow(
      'no recorder of their reads',
    );
  });
});
