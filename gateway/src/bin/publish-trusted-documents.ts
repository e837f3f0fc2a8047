import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_TRUSTED_DOCUMENTS_REDIS_KEY, parseManifest, publishToRedis, TrustedDocumentsError } from '../trusted-documents';

// `npm run trusted-documents:publish -w @cohesion/gateway -- <manifest.json> ...` with REDIS_URL (and
// TRUSTED_DOCUMENTS_REDIS_KEY if the gateways use another key): registers the manifests' documents for every gateway
// replica at once, without a restart. Commit the manifest to trusted-documents/ too, so that a new Redis gets it back.
async function main() {
  const files = process.argv.slice(2);
  const redisUrl = process.env.REDIS_URL;
  if (files.length === 0 || !redisUrl) {
    console.error('Usage: REDIS_URL=redis://… npm run trusted-documents:publish -w @cohesion/gateway -- <manifest.json> ...');
    process.exit(2);
  }
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const documents = new Map<string, string>();
  for (const file of files) {
    const source = path.resolve(cwd, file);
    for (const [id, body] of parseManifest(JSON.parse(readFileSync(source, 'utf8')), source)) documents.set(id, body);
  }
  const count = await publishToRedis(redisUrl, documents, process.env.TRUSTED_DOCUMENTS_REDIS_KEY ?? DEFAULT_TRUSTED_DOCUMENTS_REDIS_KEY);
  console.log(`published ${count} documents`);
}

main().catch((error: unknown) => {
  console.error(error instanceof TrustedDocumentsError || error instanceof SyntaxError ? error.message : error);
  process.exit(1);
});
