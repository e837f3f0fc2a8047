import path from 'node:path';

const CLIENT_ROOT = path.resolve(__dirname, '..');

/** Where the hub's own front end keeps its operations, and where its registered ids and manifest are written. */
export const CLIENT_PATHS = {
  root: CLIENT_ROOT,
  operations: 'src/operations/**/*.graphql',
  persistedDocuments: path.join(CLIENT_ROOT, 'src/generated/persisted-documents.json'),
  operationIds: path.join(CLIENT_ROOT, 'src/operation-ids.ts'),
  /** The folder every gateway loads trusted documents from by default (TRUSTED_DOCUMENTS_DIR). */
  manifest: path.resolve(CLIENT_ROOT, '../trusted-documents/cohesion-hub.json'),
} as const;
