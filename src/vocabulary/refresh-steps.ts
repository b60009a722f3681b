/**
 * The words of a refresh that goes on over several runs (a very large project, or Jira's request
 * budget spent): where it stands, and why it could not finish. Shown on the project page and the
 * portfolio as the refresh's message.
 */
import { dateTime } from './dates';
import { wholeNumber } from './numbers';

function soFar(read: number, expected: number | null): string {
  return expected !== null && expected > read ? `${wholeNumber(read)} of about ${wholeNumber(expected)} issues read so far` : `${wholeNumber(read)} issues read so far`;
}

/** A refresh between two of its runs: how far it got, and when it goes on. */
export function refreshInSteps(read: number, expected: number | null, nextAt: string | null): string {
  const next = nextAt === null ? 'It goes on at once.' : `Jira asked the app to wait before reading more, so it goes on at ${dateTime(nextAt)}.`;
  return `This large project is read in steps: ${soFar(read, expected)}. ${next}`;
}

/** A refresh in steps given up a day after it began. */
export function refreshInStepsGivenUp(read: number, expected: number | null): string {
  return `This refresh could not finish: the project is read in steps and it was not done a day after it began (${soFar(read, expected)}), most often because Jira's request budget for the app ran out. The next refresh starts it again.`;
}
