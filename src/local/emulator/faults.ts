/**
 * Fault injection: which request gets a 429, a 5xx, a truncated body, and how long each waits.
 * Decisions depend only on the request's sequence number and a seeded PRNG, so a run that sends
 * the same requests in the same order meets the same faults.
 */

export interface FaultSettings {
  /** Delay added before every answer, in milliseconds. */
  latencyMs?: number;
  /** Every Nth request (N >= 1) answers 429. 0 or absent: never. */
  rateLimitEveryN?: number;
  /** Seconds put in the 429's Retry-After header (default 1); null sends a 429 without the header. */
  retryAfterSeconds?: number | null;
  /** Share (0..1) of requests answering 503 or 500, drawn from the seeded PRNG. */
  serverErrorRate?: number;
  /** Every Nth request (N >= 1) answers 200 with its JSON body cut in half. 0 or absent: never. */
  malformedEveryN?: number;
}

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'rate-limit'; retryAfterSeconds: number | null }
  | { kind: 'server-error'; status: 500 | 503 }
  | { kind: 'malformed' };

/** mulberry32: a small, well-mixed 32-bit PRNG; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkSettings(f: FaultSettings): FaultSettings {
  const nonNegative = (name: string, v: number | undefined) => {
    if (v !== undefined && (!Number.isFinite(v) || v < 0)) throw new Error(`Fault setting ${name} must be a number of 0 or more (got ${v}).`);
  };
  nonNegative('latencyMs', f.latencyMs);
  nonNegative('rateLimitEveryN', f.rateLimitEveryN);
  nonNegative('malformedEveryN', f.malformedEveryN);
  if (f.retryAfterSeconds !== undefined && f.retryAfterSeconds !== null) nonNegative('retryAfterSeconds', f.retryAfterSeconds);
  if (f.serverErrorRate !== undefined && !(f.serverErrorRate >= 0 && f.serverErrorRate <= 1)) {
    throw new Error(`Fault setting serverErrorRate must be between 0 and 1 (got ${f.serverErrorRate}).`);
  }
  return { ...f };
}

/**
 * Plans the fault for each request in arrival order. Rate limiting wins over server errors,
 * which win over malformed bodies. Setting new faults restarts the sequence (counter and PRNG),
 * so a test that sets faults at runtime sees the same pattern every time.
 */
export class FaultPlanner {
  private settings: FaultSettings;
  private sequence = 0;
  private random: () => number;

  constructor(settings: FaultSettings = {}, private readonly seed = 1) {
    this.settings = checkSettings(settings);
    this.random = mulberry32(seed);
  }

  get current(): FaultSettings {
    return { ...this.settings };
  }

  set(settings: FaultSettings): void {
    this.settings = checkSettings(settings);
    this.sequence = 0;
    this.random = mulberry32(this.seed);
  }

  get latencyMs(): number {
    return this.settings.latencyMs ?? 0;
  }

  next(): FaultDecision {
    this.sequence += 1;
    const n = this.sequence;
    // One PRNG draw per request, whether or not it is used, keeps the pattern independent of
    // the other fault kinds.
    const draw = this.random();
    const { rateLimitEveryN, serverErrorRate, malformedEveryN } = this.settings;
    if (rateLimitEveryN && n % rateLimitEveryN === 0) {
      const retry = this.settings.retryAfterSeconds === undefined ? 1 : this.settings.retryAfterSeconds;
      return { kind: 'rate-limit', retryAfterSeconds: retry };
    }
    if (serverErrorRate && draw < serverErrorRate) {
      // The lower half of the hit range answers 503 (unavailable), the upper half 500.
      return { kind: 'server-error', status: draw < serverErrorRate / 2 ? 503 : 500 };
    }
    if (malformedEveryN && n % malformedEveryN === 0) return { kind: 'malformed' };
    return { kind: 'none' };
  }
}
