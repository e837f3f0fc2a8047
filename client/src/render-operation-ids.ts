import { type TrustedDocumentsManifest } from './trusted-documents';

/** The source of `operation-ids.ts`: each operation's registered id by name, stamped as generated. */
export function renderOperationIds(manifest: TrustedDocumentsManifest): string {
  return [
    '// Generated from src/operations/*.graphql by `npm run codegen -w @cohesion/client`: do not edit.',
    '// The test trusted-documents.test.ts fails when this file no longer matches the operations.',
    '',
    '/** The registered id of every operation of the hub\'s own front end (trusted-documents/cohesion-hub.json). */',
    'export const OPERATION_IDS = {',
    ...manifest.operations.map(({ name, id }) => `  ${name}: '${id}',`),
    '} as const;',
    '',
    'export type OperationName = keyof typeof OPERATION_IDS;',
    '',
  ].join('\n');
}

/** A manifest as committed: two-space JSON with a final newline. */
export const renderManifest = (manifest: TrustedDocumentsManifest) => `${JSON.stringify(manifest, null, 2)}\n`;
