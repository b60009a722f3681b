/**
 * Thrown values read by their shape (name, message, code), never by `instanceof Error`: an error
 * made in another realm (Node's own fetch seen from a sandbox such as the test runner's, or a
 * platform library) is not `instanceof Error` of the code that catches it, yet it is the same
 * failure, and is described and retried the same way everywhere.
 */

export interface ErrorShape {
  name: string;
  message: string;
  /** The error's own `code` ("ECONNRESET", "UND_ERR_SOCKET"), else its cause's, when it is text. */
  code?: string;
}

/** A property of a thrown value, or undefined when reading it throws (a getter, a proxy). */
function read(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function textCode(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const code = read(value, 'code');
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? code : undefined;
}

/** The name, message and code of anything shaped like an error (of any realm), or null. */
export function errorShape(value: unknown): ErrorShape | null {
  if (typeof value !== 'object' || value === null) return null;
  const name = read(value, 'name');
  const message = read(value, 'message');
  if (typeof name !== 'string' || typeof message !== 'string') return null;
  const code = textCode(value) ?? textCode(read(value, 'cause'));
  return code === undefined ? { name, message } : { name, message, code };
}

/** Codes of Node's sockets and of its fetch (undici) for a request that ran out of time. */
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Codes of Node's sockets and of its fetch (undici) for a connection that failed or was lost. */
const NETWORK_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN',
  'UND_ERR_SOCKET', 'UND_ERR_CLOSED',
]);

export interface TransportFailure {
  kind: 'network' | 'timeout';
  /** A sentence for the error message: the error's name or code only, since fetch messages can echo the URL. */
  cause: string;
}

/**
 * Whether a thrown value is the transport failing (a connection failed or lost, a request timed
 * out), by its name and code: `TypeError: fetch failed` (Node's fetch, its cause carrying the
 * socket's code), `AbortError` and `TimeoutError` (a request aborted by its timer), or a socket
 * code. Anything else (a bug, a platform signal) gives null.
 */
export function transportFailureOf(value: unknown): TransportFailure | null {
  const shape = errorShape(value);
  if (shape === null) return null;
  const { name, code } = shape;
  if (name === 'AbortError' || name === 'TimeoutError' || (code !== undefined && TIMEOUT_CODES.has(code))) {
    return { kind: 'timeout', cause: `Jira did not answer in time (${code ?? name}).` };
  }
  if ((code !== undefined && NETWORK_CODES.has(code)) || (name === 'TypeError' && shape.message === 'fetch failed')) {
    return { kind: 'network', cause: `The connection failed (${code ?? name}).` };
  }
  return null;
}
