/** A list in a request's query is sent as the parameter repeated, through Forge's safe `route` too. */
import { buildRoute } from '../../src/forge/transport';
import { toQueryString } from '../../src/jira/transport';

describe('query lists', () => {
  it('repeat the parameter, escaped, in a Forge route and in a plain query string', () => {
    const query = { accountId: ['5b10a2844c20165700ede21g', 'a:b&c'], maxResults: 2, skip: undefined };
    expect(buildRoute({ method: 'GET', path: '/rest/api/3/user/bulk', query }).value).toBe(
      '/rest/api/3/user/bulk?accountId=5b10a2844c20165700ede21g&accountId=a%3Ab%26c&maxResults=2',
    );
    expect(toQueryString(query)).toBe('?accountId=5b10a2844c20165700ede21g&accountId=a%3Ab%26c&maxResults=2');
    expect(toQueryString({ accountId: [] })).toBe('');
  });
});
