/**
 * Errors made by another realm: under a sandbox (jest runs tests in one), Node's own fetch throws a
 * TypeError that is not `instanceof Error` of the code that catches it. Such a failure must be
 * described by its name and message and retried like a network failure, as in one realm.
 */
import { runInNewContext } from 'node:vm';
import { JiraClient } from '../../src/jira/client';
import { describeForLog } from '../../src/jira/errors';
import { FakeTransport, ok, recordingSleep } from './fake-transport';

/** What Node's fetch throws when the connection is reset, made in a realm of its own. */
function otherRealmFetchFailure(): unknown {
  return runInNewContext('const e = new TypeError("fetch failed"); e.cause = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }); e');
}

function sameRealmFetchFailure(): unknown {
  return Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
}

/** A client whose first request throws `thrown` and whose second is answered. */
async function fieldsAfter(thrown: () => unknown): Promise<{ result: unknown; requests: number; waits: number[] }> {
  const transport = new FakeTransport((_req, i) => {
    if (i === 0) throw thrown();
    return ok([]);
  });
  const { sleep, waits } = recordingSleep();
  const result = await new JiraClient(transport, { sleep, random: () => 0.5 }).getFields().catch((error: unknown) => error);
  return { result, requests: transport.requests.length, waits };
}

describe('errors from another realm', () => {
  it('are not instanceof Error here, which is why they are read by shape', () => {
    expect(otherRealmFetchFailure() instanceof Error).toBe(false);
  });

  it('are described for logs by name, message and code, like the same error of this realm', () => {
    expect(describeForLog(otherRealmFetchFailure())).toBe('TypeError: fetch failed (ECONNRESET)');
    expect(describeForLog(sameRealmFetchFailure())).toBe('TypeError: fetch failed (ECONNRESET)');
    expect(describeForLog(runInNewContext('new RangeError("too deep")'))).toBe('RangeError: too deep');
  });

  it('still call a thrown value that is no error a non-error, and never throw while describing', () => {
    expect(describeForLog(42)).toBe('non-error value thrown');
    expect(describeForLog({ name: 'Error' })).toBe('non-error value thrown');
    const hostile = { get name(): string { throw new Error('no'); }, message: 'x' };
    expect(describeForLog(hostile)).toBe('non-error value thrown');
  });

  it('retry a network failure thrown by the transport, from this realm or another', async () => {
    for (const thrown of [otherRealmFetchFailure, sameRealmFetchFailure]) {
      expect(await fieldsAfter(thrown)).toEqual({ result: [], requests: 2, waits: [1000] });
    }
  });

  it('retry a timeout of the transport (an AbortError or TimeoutError, or a timeout code)', async () => {
    const timeouts = [
      () => runInNewContext('Object.assign(new Error("This operation was aborted"), { name: "AbortError" })'),
      () => runInNewContext('Object.assign(new Error("The operation was aborted due to timeout"), { name: "TimeoutError" })'),
      () => runInNewContext('Object.assign(new Error("Headers Timeout Error"), { code: "UND_ERR_HEADERS_TIMEOUT" })'),
      () => new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
    ];
    for (const thrown of timeouts) expect(await fieldsAfter(thrown)).toEqual({ result: [], requests: 2, waits: [1000] });
  });

  it('say what failed, in plain words, once the retries are over', async () => {
    const transport = new FakeTransport(() => {
      throw otherRealmFetchFailure();
    });
    const { sleep } = recordingSleep();
    const error = await new JiraClient(transport, { sleep, random: () => 0.5 }).getFields().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'JiraError', kind: 'network', endpoint: 'GET /rest/api/3/field' });
    expect((error as Error).message).toBe('Could not read the list of fields: we could not reach Jira (GET /rest/api/3/field). The connection failed (ECONNRESET).');
    expect(transport.requests).toHaveLength(5);
  });

  it('pass on, unretried, what is no network failure: a bug, or Forge asking the user to allow access', async () => {
    const bug = () => runInNewContext('new TypeError("x.map is not a function")');
    const consent = () => runInNewContext('Object.assign(new Error("Authentication required"), { name: "NEEDS_AUTHENTICATION_ERR" })');
    for (const thrown of [bug, consent]) {
      const { result, requests } = await fieldsAfter(thrown);
      expect({ requests, description: describeForLog(result) }).toEqual({ requests: 1, description: describeForLog(thrown()) });
    }
  });
});
