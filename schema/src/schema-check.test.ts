import { readFileSync } from 'node:fs';
import { Kind, parse, visit, type DocumentNode } from 'graphql';
import { apiSchemaOf } from './api-schema';
import { composeSupergraph } from './compose-supergraph';
import { checkSchemaChanges, formatSchemaCheckReport, removalDateOf } from './schema-check';
import { RELEASED_API_SCHEMA_PATH } from './subgraphs';

const TODAY = '2026-12-01';
const released = (fields: string) => `type Query { municipality: Municipality }\ntype Municipality { nis: ID!\n${fields} }\nenum Status { ACTIVE DORMANT }`;

describe('the schema check\'s policy', () => {
  it('refuses removing a field that was not deprecated, naming it', async () => {
    const report = await checkSchemaChanges(released('name: String'), released(''), TODAY);
    expect(report.passed).toBe(false);
    expect(formatSchemaCheckReport(report)).toMatch(/Field 'name' was removed from object type 'Municipality'.*Municipality\.name was not deprecated/);
  });

  it('allows removing a field once the removal date of its deprecation has passed, and not before', async () => {
    const past = released('name: String @deprecated(reason: "Use names. Removal on 2026-06-30.")');
    expect(await checkSchemaChanges(past, released(''), TODAY)).toMatchObject({ passed: true, allowedRemovals: [{ path: 'Municipality.name' }] });
    const future = released('name: String @deprecated(reason: "Use names. Removal on 2027-06-30.")');
    expect((await checkSchemaChanges(future, released(''), TODAY)).refused).toEqual([expect.objectContaining({ why: 'Municipality.name may be removed after 2027-06-30, not before' })]);
    const undated = released('name: String @deprecated(reason: "Use names.")');
    expect((await checkSchemaChanges(undated, released(''), TODAY)).refused[0]?.why).toMatch(/without a removal date/);
  });

  it('allows a type to go with the last field that returned it, once that field may go', async () => {
    const withCell = `${released('cell: Cell @deprecated(reason: "Removal on 2026-01-01.")')}\ntype Cell { id: ID! }`;
    expect((await checkSchemaChanges(withCell, released(''), TODAY)).passed).toBe(true);
  });

  it('passes an added field, reports a new enum value as dangerous, and refuses a type change', async () => {
    expect(await checkSchemaChanges(released(''), released('name: String'), TODAY)).toMatchObject({ passed: true, safe: [expect.objectContaining({ path: 'Municipality.name' })] });
    const enumValue = await checkSchemaChanges(released(''), released('').replace('ACTIVE DORMANT', 'ACTIVE DORMANT MERGED'), TODAY);
    expect(enumValue).toMatchObject({ passed: true, dangerous: [expect.objectContaining({ path: 'Status.MERGED' })] });
    expect((await checkSchemaChanges(released('name: String'), released('name: Int'), TODAY)).passed).toBe(false);
  });

  it('requires a new deprecation to name a removal date at least 90 days ahead', async () => {
    const deprecate = (reason: string) => checkSchemaChanges(released('name: String'), released(`name: String @deprecated(reason: "${reason}")`), TODAY);
    expect((await deprecate('Use names.')).deprecationsWithoutDate[0]?.why).toMatch(/must name its removal date/);
    expect((await deprecate('Use names. Removal on 2027-01-15.')).deprecationsWithoutDate[0]?.why).toMatch(/less than 90 days/);
    expect((await deprecate('Use names. Removal on 2027-06-30.')).passed).toBe(true);
    expect(removalDateOf('Use `names`. Removed after 2027-06-30.')).toBe('2027-06-30');
  });
});

/** A subgraph's SDL with one field of one type removed or added, as someone editing schema.graphql would. */
function editField(typeDefs: DocumentNode, typeName: string, edit: { remove: string } | { add: string }): DocumentNode {
  return visit(typeDefs, {
    ObjectTypeDefinition(node) {
      if (node.name.value !== typeName) return undefined;
      const fields = node.fields ?? [];
      if ('remove' in edit) return { ...node, fields: fields.filter((field) => field.name.value !== edit.remove) };
      const added = parse(`type X { ${edit.add} }`).definitions[0];
      return { ...node, fields: [...fields, ...(added?.kind === Kind.OBJECT_TYPE_DEFINITION ? (added.fields ?? []) : [])] };
    },
  });
}

describe('npm run schema:check on the subgraphs\' SDL', () => {
  const releasedSdl = readFileSync(RELEASED_API_SCHEMA_PATH, 'utf8');
  const composedWith = (edit: { remove: string } | { add: string }) =>
    apiSchemaOf(composeSupergraph({ transformTypeDefs: (subgraph, typeDefs) => (subgraph === 'eu-partners' ? editField(typeDefs, 'EuProject', edit) : typeDefs) }));

  it('fails, naming the field, when a subgraph removes a field without deprecation', async () => {
    const report = await checkSchemaChanges(releasedSdl, composedWith({ remove: 'acronym' }));
    expect(report.passed).toBe(false);
    expect(report.refused.map(({ path }) => path)).toEqual(['EuProject.acronym']);
    expect(formatSchemaCheckReport(report)).toMatch(/Field 'acronym' was removed from object type 'EuProject'/);
  });

  it('passes when a subgraph adds a field', async () => {
    const report = await checkSchemaChanges(releasedSdl, composedWith({ add: 'schemaCheckProbe: String' }));
    expect(report.passed).toBe(true);
    expect(report.safe.map(({ path }) => path)).toContain('EuProject.schemaCheckProbe');
  });
});
