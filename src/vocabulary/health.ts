/**
 * The health score's words: the traffic light as the page says it ("Healthy", "Needs attention",
 * "At risk"), the score's areas, and a score that could not be assessed.
 */
import type { ScoreArea, TrafficLight } from '../domain/report';

export const HEALTH_WORD: Readonly<Record<TrafficLight, string>> = { green: 'Healthy', amber: 'Needs attention', red: 'At risk' };

/** What a project without a traffic light reads as (nothing could be checked). */
export const NO_HEALTH_WORD = 'No score';

/** What a project with a provisional score reads as instead of a health (too little could be checked). */
export const NOT_ENOUGH_DATA = 'Not enough data yet';

/** The traffic light in words; "Not enough data yet" for a provisional score, "No score" without one. */
export function healthWord(light: TrafficLight | null, provisional = false): string {
  if (provisional) return NOT_ENOUGH_DATA;
  return light === null ? NO_HEALTH_WORD : HEALTH_WORD[light];
}

export const AREA_NAME: Readonly<Record<ScoreArea, string>> = { backlog: 'Backlog', sprints: 'Sprints', flow: 'Flow', roles: 'Roles' };

/** The score's areas, in the order every surface lists them. */
export const SCORE_AREAS: readonly ScoreArea[] = ['backlog', 'sprints', 'flow', 'roles'];

/** A score or sub-score that none of its signals could check, within a sentence. */
export const NOT_ASSESSED = 'not assessed';

/** A score out of 100 as shown on its own: "55", or "Not assessed". */
export function scoreValue(score: number | null): string {
  return score === null ? 'Not assessed' : String(score);
}

/**
 * "100 (provisional; sprints not assessed)": a total that stands on fewer areas says which it leaves
 * out, and a provisional one says so.
 */
export function scoreWithGaps(score: number | null, notAssessed: readonly ScoreArea[], provisional = false): string {
  if (score === null) return scoreValue(score);
  const gaps = [...(provisional ? ['provisional'] : []), ...(notAssessed.length > 0 ? [`${notAssessed.map((area) => AREA_NAME[area].toLowerCase()).join(' and ')} ${NOT_ASSESSED}`] : [])];
  return gaps.length === 0 ? String(score) : `${score} (${gaps.join('; ')})`;
}
