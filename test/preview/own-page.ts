/**
 * Calls to the preview as its own pages make them (src/local/preview/request-guard.ts): JSON, with
 * the run's key, which a test reads from a page the preview served, as the host bridge does.
 */
import { PREVIEW_KEY_HEADER, PREVIEW_KEY_META } from '../../src/local/preview/request-guard';

/** The run's key, from the portfolio's shell page. */
export async function previewKey(previewUrl: string): Promise<string> {
  const html = await (await fetch(`${previewUrl}/portfolio/`)).text();
  const found = new RegExp(`<meta name="${PREVIEW_KEY_META}" content="([^"]+)">`).exec(html);
  if (!found) throw new Error('The preview page carries no key.');
  return found[1];
}

/** POSTs `body` as JSON to the preview's `path` (default /api/invoke) with the run's key. */
export async function postAsOwnPage(previewUrl: string, body: unknown, path = '/api/invoke'): Promise<Response> {
  const key = await previewKey(previewUrl);
  return fetch(`${previewUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', [PREVIEW_KEY_HEADER]: key }, body: JSON.stringify(body) });
}
