/**
 * Who may talk to the preview: its own pages, on this machine, and nobody else (docs/security.md).
 * In real-site mode the reports are the developer's Jira data, and a call can save settings, so:
 *
 * - every request must be addressed to the preview's own address (Host 127.0.0.1:PORT or
 *   localhost:PORT): a web page that re-points its own domain name at 127.0.0.1 (DNS rebinding)
 *   sends its own name and is refused;
 * - a call (POST) must come from the preview's own origin when the browser names one, be JSON
 *   (a page of another site cannot send JSON to it without asking first, which it never allows),
 *   and carry the run's key: a random value made when the preview starts, written into the pages
 *   it serves and sent back by the host bridge. Another site's page can neither read those pages
 *   nor guess the key, so it cannot act as a simulated viewer (an administrator, say).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header the host bridge sends the run's key in, and the meta tag the pages carry it in. */
export const PREVIEW_KEY_HEADER = 'x-preview-key';
export const PREVIEW_KEY_META = 'backlog-health-preview-key';

export interface Refusal {
  status: number;
  message: string;
}

export function newPreviewKey(): string {
  return randomBytes(24).toString('base64url');
}

/** The <meta> that carries the run's key in a page the preview serves. */
export function previewKeyTag(key: string): string {
  return `<meta name="${PREVIEW_KEY_META}" content="${key}">`;
}

function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Refuses a request addressed to any host but the preview's own. */
export function hostRefusal(req: IncomingMessage, port: number): Refusal | null {
  if (ownHosts(port).includes((req.headers.host ?? '').toLowerCase())) return null;
  return { status: 403, message: `The preview answers only at http://127.0.0.1:${port}/ (or http://localhost:${port}/), so a request for another address is refused.` };
}

/** Refuses a call that does not come from one of the preview's own pages, as JSON, with the run's key. */
export function callRefusal(req: IncomingMessage, port: number, key: string): Refusal | null {
  const origin = req.headers.origin;
  if (origin !== undefined && !ownHosts(port).some((host) => origin.toLowerCase() === `http://${host}`)) {
    return { status: 403, message: `The preview takes calls only from its own pages at http://127.0.0.1:${port}/, so a call from another site is refused.` };
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') return { status: 415, message: 'The preview takes calls only as JSON (content-type: application/json).' };
  const sent = req.headers[PREVIEW_KEY_HEADER];
  if (typeof sent !== 'string' || !sameText(sent, key)) {
    return { status: 403, message: "This call did not carry the key of this preview run, which only the preview's own pages hold, so it is refused. Reload the page." };
  }
  return null;
}
