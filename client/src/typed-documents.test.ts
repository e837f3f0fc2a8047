import path from 'node:path';
import ts from 'typescript';
import { CLIENT_PATHS } from './paths';

/**
 * Type-checks a snippet that uses the generated documents (src/generated, from `npm run codegen -w @cohesion/client`)
 * with the client's own compiler options, and returns the compiler's messages.
 */
function typeCheck(snippet: string): string[] {
  const file = path.join(CLIENT_PATHS.root, 'src/__typed-documents-snippet.ts');
  const config = ts.getParsedCommandLineOfConfigFile(path.join(CLIENT_PATHS.root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('cannot read client/tsconfig.json');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === file ? snippet : readFile(name));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === file || fileExists(name);
  const program = ts.createProgram([file], { ...config.options, noEmit: true }, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file?.fileName === file)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('typed documents', () => {
  it('type a Date as a string and GeoJSON by @types/geojson, and refuse a field the document does not select', () => {
    const messages = typeCheck(`
      import type { Feature, GeoJSON } from 'geojson';
      import type { ResultOf } from '@graphql-typed-document-node/core';
      import { CohesionLivcrMapDocument, CrossLevelMunicipalitiesDocument } from './generated/graphql';

      type Map = ResultOf<typeof CohesionLivcrMapDocument>;
      type Municipality = ResultOf<typeof CrossLevelMunicipalitiesDocument>['municipalities']['nodes'][number];
      export const at: string = ({} as Map).livcrCoverage.at;
      export const geometry: GeoJSON | null | undefined = ({} as Map).livcrCoverage.topology;
      export const startedOn: string | undefined = ({} as Municipality).coachingTrajectories?.[0]?.startedOn;
      // @ts-expect-error a Date is not a JavaScript Date
      export const asDate: Date = ({} as Map).livcrCoverage.at;
      // @ts-expect-error GeoJSON is not a Feature without narrowing
      export const feature: Feature = ({} as Map).livcrCoverage.topology;
      export const population = ({} as Municipality).population;
    `);
    expect(messages).toEqual([expect.stringMatching(/Property 'population' does not exist/)]);
  });
});
