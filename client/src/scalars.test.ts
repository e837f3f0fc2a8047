import { Kind, parse } from 'graphql';
import { loadSupergraph } from '@cohesion/schema';
import { scalars } from './scalars';

// Federation's own scalars (join__FieldSet, link__Import, requiresScopes__Scope, ...) never reach a client.
const isFederationScalar = (name: string) => name.includes('__');

describe('scalar types for GraphQL Code Generator', () => {
  it('maps every custom scalar of the supergraph', () => {
    const custom = parse(loadSupergraph())
      .definitions.flatMap((definition) => (definition.kind === Kind.SCALAR_TYPE_DEFINITION ? [definition.name.value] : []))
      .filter((name) => !isFederationScalar(name));
    expect(Object.keys(scalars).sort()).toEqual(custom.sort());
  });
});
