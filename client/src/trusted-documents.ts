import { createHash } from 'node:crypto';
import { generate } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform, type ClientPresetConfig } from '@graphql-codegen/client-preset';
import { type Types } from '@graphql-codegen/plugin-helpers';
import { apiSchemaOf, loadSupergraph } from '@cohesion/schema';
import { Kind, parse, type OperationTypeNode } from 'graphql';
import { addEntityKeysDocumentTransform } from './add-entity-keys';
import { scalars } from './scalars';

/** One registered operation: its id, the name and type of its operation, and the document the gateway executes. */
export type TrustedDocument = { id: string; name: string; type: `${OperationTypeNode}`; body: string };

/**
 * A trusted-documents manifest in Apollo's persisted query manifest format (what `@apollo/generate-persisted-query-manifest`
 * writes and Apollo Router and GraphOS read). The gateway also reads the plain `{ "<id>": "<document>" }` map of
 * GraphQL Code Generator's client preset, GraphQL Hive and WunderGraph Cosmo.
 */
export type TrustedDocumentsManifest = {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: TrustedDocument[];
};

/** The id of a document: the SHA-256 of its normalised text, hex, as the client preset and Apollo's APQ compute it. */
export const documentId = (body: string) => createHash('sha256').update(body).digest('hex');

/**
 * The client preset's settings every client of the hub should use: documents carry `__typename` and the key
 * fields of every entity (so Apollo Client's cache normalises them with `typePolicies`), `Date` is a string,
 * `GeoJSON` is typed by `@types/geojson`, and every document gets its SHA-256 id (`__meta__.hash`).
 */
export function clientPresetOutput(): Types.ConfiguredOutput {
  const presetConfig: ClientPresetConfig = {
    fragmentMasking: false,
    persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
  };
  return {
    preset: 'client',
    presetConfig,
    documentTransforms: [addTypenameSelectionDocumentTransform, addEntityKeysDocumentTransform],
    config: { scalars, enumsAsTypes: true, useTypeImports: true, skipTypename: false, avoidOptionals: false },
  };
}

/** The API schema clients compile their documents against: the committed supergraph's, without federation. */
export function clientSchema(supergraphSdl = loadSupergraph()): string {
  return apiSchemaOf(supergraphSdl);
}

/** A manifest from the `{ id: document }` map of the client preset's `persisted-documents.json`, sorted by name. */
export function manifestFromPersistedDocuments(persisted: Record<string, string>): TrustedDocumentsManifest {
  const operations = Object.entries(persisted).map(([id, body]): TrustedDocument => {
    const operation = parse(body).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    if (!operation?.name) throw new Error(`Trusted document ${id} has no named operation: give every operation a name.`);
    return { id, name: operation.name.value, type: operation.operation, body };
  });
  operations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set<string>();
  for (const { name } of operations) {
    if (names.has(name)) throw new Error(`Two trusted documents name their operation ${name}: operation names must be unique.`);
    names.add(name);
  }
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

/**
 * Compiles a client's `.graphql` documents (globs, relative to `cwd`) against the hub's API schema with GraphQL
 * Code Generator's client preset, in memory, and returns their trusted-documents manifest. Fails, naming the field
 * and the file, when a document does not validate against the schema.
 */
export async function buildTrustedDocuments(options: { documents: string[]; cwd?: string; schema?: string }): Promise<TrustedDocumentsManifest> {
  const outputs = (await generate(
    {
      schema: options.schema ?? clientSchema(),
      documents: options.documents,
      generates: { 'trusted-documents/': clientPresetOutput() },
      silent: true,
      ...(options.cwd ? { cwd: options.cwd } : {}),
    },
    false,
  )) as Types.FileOutput[];
  const persisted = outputs.find((output) => output.filename.endsWith('persisted-documents.json'));
  if (!persisted) throw new Error(`GraphQL Code Generator wrote no persisted documents for ${options.documents.join(', ')}.`);
  return manifestFromPersistedDocuments(JSON.parse(persisted.content) as Record<string, string>);
}
