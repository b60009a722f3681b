/**
 * Secrets stay secret under faults: the API token never reaches a log line, an error message or a
 * report, whatever fails; the CLI takes the token only from the environment and never echoes one
 * typed on the command line. (Schema-checked resolver payloads, the project taken from the Forge
 * context and admin-only settings are tested in test/forge: app, units and forge-handler tests.)
 */
import { runInProcess } from '../cli/helpers';
import { answer, isPath, run, stopAll, type RunOptions } from './harness';
import { TOKEN } from './site';

afterEach(stopAll);

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
const BASIC = Buffer.from(`alice@example.com:${TOKEN}`).toString('base64');

describe('nothing secret in logs, errors or reports', () => {
  it('across a refused sign-in, 5xx, 429, timeouts and cut bodies, no console line, error or report holds the token', async () => {
    const spies = CONSOLE_METHODS.map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
    const hang: typeof fetch = (input, init) =>
      String(input).includes('/configuration') ? new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error(`aborted ${String(input)}`)))) : fetch(input, init);
    const cases: RunOptions[] = [
      { token: `${TOKEN}-wrong` },
      { override: (req) => (isPath(req, '/board') ? answer(500) : null) },
      { faults: { rateLimitEveryN: 2, retryAfterSeconds: null } },
      { fetchImpl: hang, timeoutMs: 30 },
      { faults: { malformedEveryN: 11 } },
    ];
    const seen: string[] = [];
    try {
      for (const options of cases) {
        const outcome = await run(undefined, options);
        seen.push(outcome.error ? `${outcome.error.message} ${String(outcome.error.stack)} ${JSON.stringify(outcome.error)}` : JSON.stringify(outcome.report));
      }
      seen.push(...spies.flatMap((spy) => spy.mock.calls.map((call) => call.map(String).join(' '))));
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    // Every case left something to read (an error or a report), and none of it holds a secret.
    expect(seen.length).toBeGreaterThanOrEqual(cases.length);
    for (const text of seen) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(BASIC);
      expect(text).not.toMatch(/authorization/i);
    }
  });
});

describe('the CLI takes the token only from the environment', () => {
  it('refuses a token typed as --api-token=VALUE (exit 2) without printing the value', async () => {
    const typed = 'tok-TYPED-on-the-command-line-41';
    const result = await runInProcess(['audit', '--all', `--api-token=${typed}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--api-token=...'");
    expect(result.stdout + result.stderr).not.toContain(typed);
  });

  it('refuses --token VALUE (exit 2) without printing the value', async () => {
    const typed = 'tok-TYPED-separately-42';
    const result = await runInProcess(['audit', '--all', '--token', typed]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--token'");
    expect(result.stdout + result.stderr).not.toContain(typed);
  });
});
