import { type CodegenConfig } from '@graphql-codegen/cli';
import { clientPresetOutput, clientSchema } from './src/trusted-documents';

// `npm run codegen -w @cohesion/client`: typed documents (src/generated/, not committed) for the operations of
// src/operations/, against the committed supergraph's API schema; then src/bin/write-trusted-documents.ts.
const config: CodegenConfig = {
  schema: clientSchema(),
  documents: ['src/operations/**/*.graphql'],
  generates: { 'src/generated/': clientPresetOutput() },
  silent: true,
};

export default config;
