/**
 * A fixed address in front of an emulator that a test may swap: the emulator serves a workspace as
 * it was when it started, so a test that changes the site between two audits starts a new emulator
 * and points the proxy at it, while JIRA_BASE_URL (and so the site of the state folder) stays the same.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SiteProxy {
  url: string;
  /** Where requests go from now on (requests held until then are dropped). */
  target(url: string): void;
  /** From now on, requests are held unanswered, as by a Jira that hangs; resolves when the first one arrives. */
  hold(): Promise<void>;
  stop(): Promise<void>;
}

export async function startSiteProxy(): Promise<SiteProxy> {
  let target = '';
  let holding: { arrived: () => void; held: ServerResponse[] } | null = null;
  const server = createServer((req, res) => {
    if (holding) {
      holding.held.push(res);
      holding.arrived();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'accept', 'content-type']) if (req.headers[name]) headers[name] = String(req.headers[name]);
      fetch(`${target}${req.url ?? '/'}`, { method: req.method, headers, body })
        .then(async (answer) => {
          const text = await answer.text();
          const passed: Record<string, string> = {};
          answer.headers.forEach((value, name) => {
            if (name === 'content-type' || name === 'retry-after') passed[name] = value;
          });
          res.writeHead(answer.status, passed);
          res.end(text);
        })
        .catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    target: (url) => {
      for (const res of holding?.held ?? []) res.destroy();
      holding = null;
      target = url;
    },
    hold: () => new Promise<void>((resolve) => (holding = { arrived: resolve, held: [] })),
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
