/**
 * Attack on the local preview, which in real-site mode serves the developer's Jira data and can save
 * settings: a web page of another site posting to it (any content type, naming itself admin in the
 * body), and DNS rebinding (another site's name pointed at 127.0.0.1, so its page reads the preview
 * as its own origin). Only the preview's own pages, addressed to its own address, with the run's key,
 * are answered (src/local/preview/request-guard.ts).
 */
import { request } from 'node:http';
import { startPreview, type PreviewBackend, type PreviewServer } from '../../src/local/preview';
import { postAsOwnPage, previewKey } from '../preview/own-page';

const calls: { functionKey: string; accountId: string }[] = [];
const backend: PreviewBackend = {
  async invoke(functionKey, _payload, ctx) {
    calls.push({ functionKey, accountId: ctx.accountId });
    return { saved: true };
  },
};

let preview: PreviewServer;
let port: number;
beforeAll(async () => {
  preview = await startPreview({ backend, projects: [{ key: 'CALM', name: 'Calm' }], users: [{ alias: 'admin', accountId: 'acc-admin', label: 'Admin' }], siteUrl: 'https://secret-site.example' });
  port = Number(new URL(preview.url).port);
});
afterAll(() => preview.stop());
beforeEach(() => {
  calls.length = 0;
});

/** A raw HTTP request to the preview with exactly these headers (fetch will not let a test set Host). */
function raw(method: string, path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const saveAsAdmin = JSON.stringify({ functionKey: 'saveSettings', payload: { settings: { enabled: false } }, context: { project: 'CALM', user: 'admin' } });
const errorOf = (answer: { body: string }) => (JSON.parse(answer.body) as { error: { code: string; message: string } }).error;

it('listens on the loopback address only', () => {
  expect(new URL(preview.url).hostname).toBe('127.0.0.1');
});

it("refuses another site's page posting a settings save as text/plain, naming itself admin", async () => {
  const answer = await raw('POST', '/api/invoke', { host: `127.0.0.1:${port}`, origin: 'https://evil.example', 'content-type': 'text/plain' }, saveAsAdmin);
  expect(answer.status).toBe(403);
  expect(errorOf(answer)).toEqual({ code: 'forbidden', message: `The preview takes calls only from its own pages at http://127.0.0.1:${port}/, so a call from another site is refused.` });
  expect(calls).toEqual([]);
});

it('refuses a call that is not JSON, even from its own origin', async () => {
  const answer = await raw('POST', '/api/invoke', { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, 'content-type': 'text/plain', 'x-preview-key': await previewKey(preview.url) }, saveAsAdmin);
  expect(answer.status).toBe(415);
  expect(errorOf(answer)).toEqual({ code: 'invalid-input', message: 'The preview takes calls only as JSON (content-type: application/json).' });
  expect(calls).toEqual([]);
});

it("refuses a JSON call without the run's key: the acting user in the body counts for nothing without it", async () => {
  for (const key of [undefined, 'guessed-key']) {
    const answer = await raw('POST', '/api/invoke', { host: `localhost:${port}`, 'content-type': 'application/json', ...(key ? { 'x-preview-key': key } : {}) }, saveAsAdmin);
    expect(answer.status).toBe(403);
    expect(errorOf(answer).message).toBe("This call did not carry the key of this preview run, which only the preview's own pages hold, so it is refused. Reload the page.");
  }
  expect(calls).toEqual([]);
});

it('refuses every request addressed to another name (DNS rebinding): pages, configuration and calls', async () => {
  const rebound = { host: `evil.example:${port}`, origin: `http://evil.example:${port}`, 'content-type': 'application/json' };
  const message = `The preview answers only at http://127.0.0.1:${port}/ (or http://localhost:${port}/), so a request for another address is refused.`;
  const config = await raw('GET', '/api/preview-config', { host: rebound.host });
  expect(config.status).toBe(403);
  expect(errorOf(config).message).toBe(message);
  expect(config.body).not.toContain('secret-site');
  const shell = await raw('GET', '/portfolio/', { host: rebound.host });
  expect(shell).toEqual({ status: 403, body: message });
  const call = await raw('POST', '/api/invoke', rebound, saveAsAdmin);
  expect(call.status).toBe(403);
  expect(calls).toEqual([]);
});

it("answers its own page's call, as the viewer the page names", async () => {
  const answer = await postAsOwnPage(preview.url, JSON.parse(saveAsAdmin));
  expect(answer.status).toBe(200);
  expect(await answer.json()).toEqual({ saved: true });
  expect(calls).toEqual([{ functionKey: 'saveSettings', accountId: 'acc-admin' }]);
});
