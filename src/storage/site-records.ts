/**
 * The app's records about a whole site rather than one project, under `bh:{site}:_site:{kind}` (no
 * Jira project key starts with "_", so these keys never meet a project's):
 * - `night-plan`: the projects a nightly run or a "Refresh all" refreshes, in order, and how far it
 *   got (src/forge/night.ts);
 * - `rate-limit`: what Jira's rate-limit headers said last to a refresh (src/jira/rate-limits.ts),
 *   which the night reads to pace itself.
 * Both are checked against their schema when read, as every record is (records.ts).
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { KeyValueStore } from './key-value-store';
import { cleanKeyPart, assertValidKey } from './keys';
import { DamagedValueError } from './pointer';
import { recordCheck } from './record-check';

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A nightly run's or a "Refresh all"'s plan. */
export const StoredNightPlanSchema = Type.Object({
  startedAt: Type.String(),
  reason: Type.Union([Type.Literal('nightly'), Type.Literal('portfolio')]),
  /** The projects to refresh, in the order they are released. */
  keys: Type.Array(Type.String()),
  /** How many of them have been released (queued) so far. */
  released: Type.Integer({ minimum: 0 }),
  waves: Type.Integer({ minimum: 0 }),
  /** What the budget was when the last wave released its projects, to learn what a refresh costs. */
  lastWave: Type.Union([Type.Object({ at: Type.String(), released: Type.Integer({ minimum: 0 }), remaining: nullable(Type.Number()), resetAt: nullable(Type.String()) }), Type.Null()]),
  /** Points one project's refresh cost on average, as learned this night; null before that. */
  pointsPerProject: nullable(Type.Number({ minimum: 0 })),
});
export type StoredNightPlan = Static<typeof StoredNightPlanSchema>;

/** What Jira's rate-limit headers said last. */
export const StoredRateLimitSchema = Type.Object({
  limit: nullable(Type.Number()),
  remaining: nullable(Type.Number()),
  resetAt: nullable(Type.String()),
  nearLimit: Type.Boolean(),
  readAt: Type.String(),
});
export type StoredRateLimit = Static<typeof StoredRateLimitSchema>;

const checks = { 'night-plan': recordCheck(StoredNightPlanSchema), 'rate-limit': recordCheck(StoredRateLimitSchema) };

export class SiteRecords {
  constructor(private readonly store: KeyValueStore, private readonly site: string) {}

  private key(kind: keyof typeof checks): string {
    return assertValidKey(`bh:${cleanKeyPart(this.site)}:_site:${kind}`);
  }

  async readPlan(): Promise<StoredNightPlan | undefined> {
    return this.checked('night-plan', await this.store.get(this.key('night-plan'))) as StoredNightPlan | undefined;
  }

  async writePlan(plan: StoredNightPlan): Promise<void> {
    await this.store.set(this.key('night-plan'), plan);
  }

  async readRateLimit(): Promise<StoredRateLimit | undefined> {
    return this.checked('rate-limit', await this.store.get(this.key('rate-limit'))) as StoredRateLimit | undefined;
  }

  async writeRateLimit(reading: StoredRateLimit): Promise<void> {
    await this.store.set(this.key('rate-limit'), reading);
  }

  private checked(kind: keyof typeof checks, value: unknown): unknown {
    if (value === undefined) return undefined;
    const result = checks[kind](value);
    if (!result.ok) throw new DamagedValueError(this.key(kind), `the record ${result.problem}`);
    return result.value;
  }
}
