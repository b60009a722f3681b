/**
 * A Transport over HTTP with an Atlassian API token (Basic auth), for the CLI, the preview and the
 * emulator. Uses global fetch (Node 20+). The token is only ever placed in the Authorization
 * header: it is never logged and never appears in error messages.
 */
import { TransportError, decodedPieces, describeRequest, isAsyncIterable, responseBody, streams, toQueryString } from '../jira/transport';
import type { JiraRequest, JiraResponse, Transport } from '../jira/transport';

export interface HttpTransportOptions {
  /** Site base URL, e.g. "https://example.atlassian.net" or the emulator's URL. */
  baseUrl: string;
  email: string;
  apiToken: string;
  /** Per request; default 60 s. */
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

const DEFAULT_TIMEOUT_MS = 60_000;

export function createHttpTransport(options: HttpTransportOptions): Transport {
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch {
    throw new Error(`The Jira address "${options.baseUrl}" is not a valid URL.`);
  }
  const baseUrl = base.toString().replace(/\/+$/, '');
  const authorization = `Basic ${Buffer.from(`${options.email}:${options.apiToken}`, 'utf8').toString('base64')}`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchImpl = options.fetchImpl ?? fetch;

  return {
    async send(req: JiraRequest): Promise<JiraResponse> {
      const endpoint = describeRequest(req);
      const url = `${baseUrl}${req.path}${toQueryString(req.query)}`;
      const headers: Record<string, string> = { Authorization: authorization, Accept: 'application/json' };
      if (req.body !== undefined) headers['Content-Type'] = 'application/json';
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      // An answer given as pieces is still being read when send returns: its time limit runs on until then.
      let readLater = false;
      const failure = (error: unknown): TransportError => {
        if (error instanceof TransportError) return error;
        if (controller.signal.aborted) {
          return new TransportError('timeout', endpoint, `Jira did not answer ${endpoint} within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}.`);
        }
        // Only the error's class and code: fetch messages can echo the URL, never the headers.
        const code = (error as { cause?: { code?: unknown } })?.cause?.code;
        return new TransportError('network', endpoint, `Could not reach ${base.host} for ${endpoint}${typeof code === 'string' ? ` (${code})` : ''}.`);
      };
      try {
        const response = await fetchImpl(url, {
          method: req.method,
          headers,
          body: req.body === undefined ? undefined : JSON.stringify(req.body),
          signal: controller.signal,
        });
        const responseHeaders: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          responseHeaders[name.toLowerCase()] = value;
        });
        const bytes: unknown = response.body;
        if (streams(req, response.status) && isAsyncIterable(bytes)) {
          readLater = true;
          return { status: response.status, headers: responseHeaders, body: decodedPieces(bytes as AsyncIterable<Uint8Array>, failure, () => clearTimeout(timer)) };
        }
        const text = await response.text();
        return { status: response.status, headers: responseHeaders, body: responseBody(req, text, endpoint, response.status) };
      } catch (error) {
        throw failure(error);
      } finally {
        if (!readLater) clearTimeout(timer);
      }
    },
  };
}
