import { type ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/**
 * GraphiQL served by the gateway itself on GET /graphql (browsers), bundled from npm: no CDN, so it works
 * offline and under a strict content security policy.
 */
export function useGraphiQL(): ApolloServerPlugin {
  const html = renderGraphiQL({
    title: 'Cohesion Hub — GraphiQL',
    endpoint: '/graphql',
    defaultQuery: `# Welcome to Cohesion Hub. Try:
{
  municipalities(filter: { region: FLANDERS }) {
    totalCount
    nodes { nis name(lang: NL) province { name } }
  }
}
`,
  } as Parameters<typeof renderGraphiQL>[0]);
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html }; } };
    },
  };
}
