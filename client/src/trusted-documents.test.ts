import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLIENT_PATHS } from './paths';
import { renderManifest, renderOperationIds } from './render-operation-ids';
import { buildTrustedDocuments, documentId } from './trusted-documents';

describe('trusted documents of the hub\'s own front end', () => {
  let built: Awaited<ReturnType<typeof buildTrustedDocuments>>;
  beforeAll(async () => {
    built = await buildTrustedDocuments({ documents: [CLIENT_PATHS.operations], cwd: CLIENT_PATHS.root });
  });

  it('match the committed manifest and ids (run `npm run codegen -w @cohesion/client` after changing an operation or the supergraph)', () => {
    expect(readFileSync(CLIENT_PATHS.manifest, 'utf8')).toBe(renderManifest(built));
    expect(readFileSync(CLIENT_PATHS.operationIds, 'utf8')).toBe(renderOperationIds(built));
  });

  it('are identified by the SHA-256 of the document, select __typename and every entity key', () => {
    expect(built.operations.map(({ name }) => name)).toEqual(expect.arrayContaining(['CohesionLivcrMap', 'CohesionLivcrMapProvinces', 'CrossLevelMunicipalities']));
    for (const { id, body } of built.operations) expect(id).toBe(documentId(body));
    const crossLevel = built.operations.find(({ name }) => name === 'CrossLevelMunicipalities')?.body ?? '';
    // The README's query selects no key; the client adds nis to municipalities, provinces and regions and id to cells.
    expect(crossLevel).toMatch(/nodes \{ __typename .*\bnis\b/);
    expect(crossLevel).toMatch(/livcrCell \{ __typename id name scope status \}/);
  });
});

describe('the trusted-documents command on a client\'s own .graphql files', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'trusted-documents-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes one entry per operation, in Apollo\'s manifest format', async () => {
    writeFileSync(path.join(folder, 'ministry.graphql'), 'query MinistryProvinces { provinces { names { fr } } }\nquery MinistryRegions { regions { code } }\n');
    const manifest = await buildTrustedDocuments({ documents: ['*.graphql'], cwd: folder });
    expect(manifest).toMatchObject({ format: 'apollo-persisted-query-manifest', version: 1 });
    expect(manifest.operations.map(({ name, type }) => [name, type])).toEqual([['MinistryProvinces', 'query'], ['MinistryRegions', 'query']]);
    expect(manifest.operations[0]?.body).toBe('query MinistryProvinces { __typename provinces { __typename names { __typename fr } nis } }');
  });

  it('fails, naming the field, when a document selects a field the schema does not have', async () => {
    writeFileSync(path.join(folder, 'typo.graphql'), 'query Typo { municipality(nis: "41002") { nis inhabitantz } }\n');
    await expect(buildTrustedDocuments({ documents: ['*.graphql'], cwd: folder })).rejects.toThrow(/inhabitantz/);
  });
});
