/**
 * The seam between the Jira layer and the network. A Transport sends one request to Jira and
 * answers with the status, the headers (lower-case names) and the parsed JSON body.
 *
 * Transports do not interpret status codes (the client does). They throw a TransportError for
 * network failures, timeouts, and bodies that are not valid JSON, never a raw SyntaxError.
 */

/** A list is sent as the parameter repeated (`accountId=a&accountId=b`), as Jira asks for some lists. */
export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface JiraRequest {
  method: 'GET' | 'POST';
  /** Path below the site, starting with "/rest/...". No query string: use `query`. */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /**
   * 'pieces': a 2xx answer comes back unparsed, as its text in pieces while it streams in
   * (TextPieces), for a caller that reads a large answer as it arrives (json-pieces.ts). A transport
   * that cannot stream gives the whole text, and one that cannot give text parses it as usual:
   * callers take all three. The caller must read the pieces to the end or stop early (which
   * cancels the rest): a request's time limit runs until then.
   */
  readAs?: 'pieces';
}

/** An answer's text in pieces, in order, as it arrives; a failure while reading throws TransportError. */
export type TextPieces = AsyncIterable<string>;

export function isTextPieces(body: unknown): body is TextPieces {
  return isAsyncIterable(body);
}

/** true for anything `for await` reads (a fetch Response's body stream, a generator). */
export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

export interface JiraResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** Parsed JSON, or null when the body was empty. */
  body: unknown;
}

export interface Transport {
  send(req: JiraRequest): Promise<JiraResponse>;
}

export type TransportErrorKind = 'network' | 'timeout' | 'malformed';

/** Thrown by transports when no usable answer came back. Messages never contain credentials. */
export class TransportError extends Error {
  readonly kind: TransportErrorKind;
  readonly endpoint: string;
  readonly status?: number;

  constructor(kind: TransportErrorKind, endpoint: string, message: string, status?: number) {
    super(message);
    this.name = 'TransportError';
    this.kind = kind;
    this.endpoint = endpoint;
    this.status = status;
  }
}

/** The query as URLSearchParams: undefined values are left out, a list becomes the parameter repeated. */
export function queryParams(query: Record<string, QueryValue> | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(name, item);
    else params.append(name, String(value));
  }
  return params;
}

/** Query string for a request; URLSearchParams does the escaping. */
export function toQueryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const text = queryParams(query).toString();
  return text ? `?${text}` : '';
}

/** "GET /rest/api/3/status": a short description of a request for error messages. */
export function describeRequest(req: JiraRequest): string {
  return `${req.method} ${req.path}`;
}

/** The body as the request asked for it: a 2xx answer's text when it asked for pieces, else parsed (parseJsonBody). */
export function responseBody(req: JiraRequest, text: string, endpoint: string, status: number): unknown {
  return streams(req, status) ? text : parseJsonBody(text, endpoint, status);
}

/** true when the answer is given as text (a 2xx answer to a request that asked for pieces). */
export function streams(req: JiraRequest, status: number): boolean {
  return req.readAs === 'pieces' && status >= 200 && status <= 299;
}

/**
 * A response body's bytes as TextPieces: decoded as UTF-8 piece by piece (a character split
 * between two pieces is kept whole). A failure while reading is given to `failure` to describe;
 * `finished` runs once the reading has ended, however it ended (read through, failed, or stopped
 * early by the caller, which cancels the rest of the body).
 */
export async function* decodedPieces(bytes: AsyncIterable<Uint8Array>, failure: (error: unknown) => TransportError, finished: () => void): TextPieces {
  const decoder = new TextDecoder();
  try {
    let piece: string;
    try {
      for await (const chunk of bytes) {
        piece = decoder.decode(chunk, { stream: true });
        if (piece !== '') yield piece;
      }
    } catch (error) {
      throw failure(error);
    }
    piece = decoder.decode();
    if (piece !== '') yield piece;
  } finally {
    finished();
  }
}

/** The error for a 2xx answer whose body is not JSON (the client reads it again). */
export function notJson(endpoint: string, status: number): TransportError {
  return new TransportError('malformed', endpoint, `Jira answered ${endpoint} with something that is not valid JSON (HTTP ${status}).`, status);
}

/**
 * Parses a response body as JSON. Empty bodies give null. An unparseable body of a successful
 * (2xx) answer throws a TransportError of kind 'malformed' naming the endpoint and the status; for
 * error answers (a proxy's HTML 502 page, say) the body is simply null, so the status still decides.
 */
export function parseJsonBody(text: string, endpoint: string, status: number): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    if (status < 200 || status > 299) return null;
    throw notJson(endpoint, status);
  }
}
