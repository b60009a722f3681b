/**
 * The near-term items that are not ready, for the coach: the report's near-term list (the items the
 * team will start within the horizon), each with the Definition-of-Ready checks it fails, in words,
 * and the board's readiness share (docs/metrics.md, "Definition of Ready and readiness").
 */
import type { Report } from '../domain/report';
import { FAILED_CHECK, listInWords, percent } from '../vocabulary';
import { answerBase, projectName, type AnswerBase, type Freshness } from './common';

export const READINESS_QUESTION = 'Which of these could the team refine together before the next sprint planning, and what would it need to know?';

export interface ReadinessAnswer extends AnswerBase {
  answer: string;
  nearTermCount: number;
  readyShare: number | null;
  notReady: { key: string; summary: string; missing: string[] }[];
  question: string;
}

export function readinessAnswer(report: Report, freshness: Freshness): ReadinessAnswer {
  const base = answerBase(report, freshness);
  const backlog = report.backlog;
  if (!backlog) {
    return { ...base, answer: `${projectName(report)} has no backlog the app could read, so there is nothing to check for readiness.`, nearTermCount: 0, readyShare: null, notReady: [], question: READINESS_QUESTION };
  }
  const notReady = backlog.nearTerm
    .filter((item) => item.failedChecks.length > 0)
    .map((item) => ({ key: item.key, summary: item.summary, missing: item.failedChecks.map((check) => FAILED_CHECK[check]) }));
  // The share is the whole board's; the list holds only the items the person asking may see.
  let sentences: string[];
  if (backlog.readiness === null) sentences = [`${projectName(report)} has no items in its near-term horizon.`];
  else {
    sentences = [`Near the top of the backlog of ${projectName(report)}, the work of the next sprints, ${percent(backlog.readiness)} of the items are ready.`];
    if (notReady.length > 0) sentences.push(`Not ready: ${notReady.map((item) => `${item.key} ${item.summary} (${listInWords(item.missing)})`).join('; ')}.`);
    else sentences.push(backlog.readiness === 1 ? 'Every one of them meets the Definition of Ready.' : 'The items that are not ready are not ones you may see.');
  }
  return { ...base, answer: sentences.join(' '), nearTermCount: backlog.nearTerm.length, readyShare: backlog.readiness, notReady, question: READINESS_QUESTION };
}
