/**
 * A small seeded pseudo-random generator (mulberry32), so that what is drawn at random is the same
 * for the same seed: the demo's simulation and the forecasts' trials (docs/metrics.md, "Forecasts").
 * Never uses Math.random.
 */
export class SeededRandom {
  protected state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). mulberry32: add a Weyl constant, then mix with two multiplications. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An index in [0, length). */
  index(length: number): number {
    return Math.floor(this.next() * length);
  }
}

/** A stable 32-bit hash of a string (FNV-1a), for seeds and ids derived from names. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
