/**
 * BACKLOG_HEALTH_DEMO_FAULTS: faults for the demo site's emulator, for the CLI and `npm start`, e.g.
 *   BACKLOG_HEALTH_DEMO_FAULTS='{"rateLimitEveryN":5,"serverErrorRate":0.02}'
 * A JSON object of FaultSettings (faults.ts) plus `seed`, the PRNG seed behind serverErrorRate
 * (default 1), which picks which requests get the 5xx. Anything else is refused, every problem named.
 */
import type { FaultSettings } from './faults';

export const DEMO_FAULTS_VARIABLE = 'BACKLOG_HEALTH_DEMO_FAULTS';

export interface DemoFaults {
  faults: FaultSettings;
  seed?: number;
}

type Check = (value: unknown) => string | null;

const wholeNumber: Check = (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? null : 'must be a whole number of 0 or more');
const nonNegative: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? null : 'must be a number of 0 or more');

const CHECKS: Record<keyof FaultSettings | 'seed', Check> = {
  latencyMs: nonNegative,
  rateLimitEveryN: wholeNumber,
  retryAfterSeconds: (v) => (v === null ? null : nonNegative(v) && 'must be a number of 0 or more, or null for a 429 without Retry-After'),
  serverErrorRate: (v) => (typeof v === 'number' && v >= 0 && v <= 1 ? null : 'must be a number from 0 to 1 (0.02 is 2%)'),
  malformedEveryN: wholeNumber,
  seed: wholeNumber,
};

const EXAMPLE = `e.g. ${DEMO_FAULTS_VARIABLE}='{"rateLimitEveryN":5,"serverErrorRate":0.02}'`;

/** The demo faults the environment asks for; null when the variable is unset or empty. Throws an Error that says what is wrong. */
export function demoFaultsFromEnv(env: Record<string, string | undefined>): DemoFaults | null {
  const text = (env[DEMO_FAULTS_VARIABLE] ?? '').trim();
  if (text === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${DEMO_FAULTS_VARIABLE} is not valid JSON; give an object, ${EXAMPLE}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${DEMO_FAULTS_VARIABLE} must be a JSON object, ${EXAMPLE}.`);
  const problems: string[] = [];
  for (const [name, value] of Object.entries(parsed)) {
    // Own keys only: "valueOf" or "__proto__" are names every object has, not fault settings.
    const check = Object.hasOwn(CHECKS, name) ? CHECKS[name as keyof typeof CHECKS] : null;
    const problem = check ? check(value) : `is not a fault setting (use ${Object.keys(CHECKS).join(', ')})`;
    if (problem) problems.push(`${name} ${problem} (got ${JSON.stringify(value)})`);
  }
  if (problems.length) throw new Error(`${DEMO_FAULTS_VARIABLE} was not used: ${problems.join('; ')}.`);
  const { seed, ...faults } = parsed as FaultSettings & { seed?: number };
  return seed === undefined ? { faults } : { faults, seed };
}

/** The faults in plain words, for the line that says they are on: "a 429 every 5th request, 2% answered 500 or 503". */
export function describeDemoFaults({ faults, seed }: DemoFaults): string {
  const parts: string[] = [];
  if (faults.rateLimitEveryN) {
    const retry = faults.retryAfterSeconds === null ? 'no Retry-After' : `Retry-After ${faults.retryAfterSeconds ?? 1} s`;
    parts.push(`a 429 ${every(faults.rateLimitEveryN)} request (${retry})`);
  }
  if (faults.serverErrorRate) parts.push(`${+(faults.serverErrorRate * 100).toFixed(2)}% answered 500 or 503${seed !== undefined ? ` (seed ${seed})` : ''}`);
  if (faults.malformedEveryN) parts.push(`${every(faults.malformedEveryN)} answer cut in half`);
  if (faults.latencyMs) parts.push(`${faults.latencyMs} ms added to each answer`);
  return parts.length ? parts.join(', ') : 'none';
}

/** "every 5th", "every 2nd", "every" (for 1). */
function every(n: number): string {
  if (n === 1) return 'every';
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `every ${n}${suffix}`;
}
