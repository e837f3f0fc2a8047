import { gql, InMemoryCache } from '@apollo/client/core';
import { typePolicies } from './type-policies';

describe('type policies', () => {
  it('normalises a municipality by its NIS code, so every level adds its fields to one cache entry', () => {
    const cache = new InMemoryCache({ typePolicies });
    cache.writeQuery({
      query: gql`{ municipality(nis: "41002") { nis names { nl } } }`,
      data: { municipality: { __typename: 'Municipality', nis: '41002', names: { __typename: 'LocalizedNames', nl: 'Aalst' } } },
    });
    expect(cache.identify({ __typename: 'Municipality', nis: '41002' })).toBe('Municipality:{"nis":"41002"}');
    expect(cache.extract()['Municipality:{"nis":"41002"}']).toMatchObject({ nis: '41002', names: { nl: 'Aalst' } });
  });

  it('keeps an entity whose key the query did not select inside its parent instead of throwing', () => {
    const cache = new InMemoryCache({ typePolicies });
    const query = gql`{ regions { names { nl } } }`;
    const data = { regions: [{ __typename: 'Region', names: { __typename: 'LocalizedNames', nl: 'Vlaams Gewest' } }] };
    cache.writeQuery({ query, data });
    expect(cache.readQuery({ query })).toEqual(data);
    expect(Object.keys(cache.extract())).toEqual(['ROOT_QUERY']);
  });

  it('gives each date of a cell its own cache entry', () => {
    const cache = new InMemoryCache({ typePolicies });
    const query = gql`query ($at: Date) { livcrCell(id: "livcr-12009", at: $at) { id status } }`;
    for (const [at, status] of [['2018-01-01', 'ACTIVE'], ['2026-01-01', 'DORMANT']] as const) {
      cache.writeQuery({ query, variables: { at }, data: { livcrCell: { __typename: 'LivcrCell', id: `livcr-12009@${at}`, status } } });
    }
    expect(cache.readQuery({ query, variables: { at: '2018-01-01' } })).toMatchObject({ livcrCell: { status: 'ACTIVE' } });
  });
});
