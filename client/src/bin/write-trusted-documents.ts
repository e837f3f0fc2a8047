import { readFileSync, writeFileSync } from 'node:fs';
import { CLIENT_PATHS } from '../paths';
import { renderManifest, renderOperationIds } from '../render-operation-ids';
import { manifestFromPersistedDocuments } from '../trusted-documents';

// Second step of `npm run codegen -w @cohesion/client`: from the client preset's persisted documents, the committed
// manifest the gateway loads (trusted-documents/cohesion-hub.json) and the ids the widget and the demo send.
const manifest = manifestFromPersistedDocuments(JSON.parse(readFileSync(CLIENT_PATHS.persistedDocuments, 'utf8')) as Record<string, string>);
writeFileSync(CLIENT_PATHS.manifest, renderManifest(manifest));
writeFileSync(CLIENT_PATHS.operationIds, renderOperationIds(manifest));
console.log(`wrote ${CLIENT_PATHS.manifest} and ${CLIENT_PATHS.operationIds} (${manifest.operations.length} operations)`);
