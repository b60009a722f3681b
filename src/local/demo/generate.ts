/**
 * The seeded demo: seven projects that each tell one story (CALM, SPILL, CHURN, SPLIT, THIN, SOLO,
 * FLOW), optional extra mild projects for portfolio tests, and the ground truth to test against.
 * Deterministic for a seed and `now`: no Math.random, no clock.
 */
import type { ProjectSettings } from '../../domain/settings';
import type { BacklogSnapshot } from '../../domain/types';
import type { GroundTruth, Workspace } from '../workspace';
import { assembleWorkspace } from './assemble';
import { newCounters } from './issue-factory';
import { Random } from './random';
import { simulateProject } from './simulate';
import type { DeepPartial, StoryPolicy } from './story';
import { calmPolicy } from './stories/calm';
import { extraPolicies } from './stories/extra';
import { spillPolicy } from './stories/spill';
import { churnPolicy } from './stories/churn';
import { splitPolicy } from './stories/split';
import { thinPolicy } from './stories/thin';
import { soloPolicy } from './stories/solo';
import { flowPolicy } from './stories/flow';

export interface DemoOptions {
  now: Date;
  seed?: number;
  /** Extra mild projects P001, P002, ... for portfolio tests. */
  extraProjects?: number;
}

export interface DemoOutput {
  workspace: Workspace;
  truth: GroundTruth;
  settings: Record<string, DeepPartial<ProjectSettings>>;
  /** Daily backlog snapshots of the last 35 days, per Scrum project key, oldest first. */
  snapshots: Record<string, BacklogSnapshot[]>;
}

export const DEFAULT_SEED = 20260302;
/** The project the demo viewer may not browse. */
export const HIDDEN_FROM_VIEWER = 'SOLO';

export function demoPolicies(extraProjects: number, random: Random, now: number): StoryPolicy[] {
  return [
    calmPolicy(),
    spillPolicy(),
    churnPolicy(),
    splitPolicy(),
    thinPolicy(now),
    soloPolicy(now),
    flowPolicy(),
    ...extraPolicies(extraProjects, random.fork('extra')),
  ];
}

export function generateDemo(options: DemoOptions): DemoOutput {
  const now = options.now.getTime();
  if (!Number.isFinite(now)) throw new Error('generateDemo needs a valid `now` date');
  const extra = options.extraProjects ?? 0;
  if (!Number.isInteger(extra) || extra < 0 || extra > 999) throw new Error('extraProjects must be a whole number from 0 to 999');
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const counters = newCounters();
  const policies = demoPolicies(extra, random, now);
  const results = policies.map((policy, index) => {
    counters.boardId += 1;
    return simulateProject(policy, String(10000 + index), counters.boardId, counters, random.fork(policy.key), now);
  });
  const workspace = assembleWorkspace(results.map((r) => r.state), HIDDEN_FROM_VIEWER);
  const truth: GroundTruth = { projects: {} };
  const settings: Record<string, DeepPartial<ProjectSettings>> = {};
  const snapshots: Record<string, BacklogSnapshot[]> = {};
  for (const { state, snapshots: taken } of results) {
    const policy = state.policy;
    truth.projects[policy.key] = {
      story: policy.story,
      sprints: state.truth.figures,
      expectedSignals: policy.expectedSignals.slice(),
      silentSignals: policy.silentSignals.slice(),
    };
    settings[policy.key] = policy.settings;
    if (policy.boardType === 'scrum') snapshots[policy.key] = taken;
  }
  return { workspace, truth, settings, snapshots };
}
