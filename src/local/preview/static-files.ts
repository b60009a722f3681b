/**
 * Serves the two UI builds. index.html gets the run's key and the host-bridge script added before the
 * app's bundle, so the same build that Forge serves runs here. Paths are confined to the build folder.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { previewKeyTag } from './request-guard';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
};

export const HOST_BRIDGE_TAG = '<script src="/preview/host-bridge.js"></script>';

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Adds the run's key and the host-bridge script as the first elements of <head> (before any module script runs). */
export function injectHostBridge(html: string, key: string): string {
  const tags = previewKeyTag(key) + HOST_BRIDGE_TAG;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return tags + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + '\n    ' + tags + html.slice(at);
}

/** The file under `root` that `relative` names, or null when it would leave `root`. */
export function safeJoin(root: string, relative: string): string | null {
  const base = resolve(root);
  const decoded = (() => {
    try {
      return decodeURIComponent(relative);
    } catch {
      return null;
    }
  })();
  if (decoded === null || decoded.includes('\0')) return null;
  const full = resolve(join(base, normalize(decoded)));
  return full === base || full.startsWith(base + sep) ? full : null;
}

/** A file of the build; index.html with the run's `key` and the host bridge added. */
export async function readBuildFile(root: string, relative: string, key: string): Promise<{ body: Buffer; type: string } | null> {
  const path = safeJoin(root, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative);
  if (!path) return null;
  try {
    const body = await readFile(path);
    if (path.endsWith('index.html')) return { body: Buffer.from(injectHostBridge(body.toString('utf8'), key)), type: contentType(path) };
    return { body, type: contentType(path) };
  } catch {
    return null;
  }
}
