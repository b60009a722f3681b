/**
 * One signal for the coach, named by the conversation: by its id ("unfinished-sprints") or its
 * title, without regard to case; failing both, the one firing signal whose title contains the words
 * given. Its observation, evidence (issue keys, sprints and people by name, days), rule and question,
 * as the project page's signal card shows them.
 */
import type { Report } from '../domain/report';
import type { Signal } from '../domain/types';
import { day, listInWords, personName, rolesInWords, SEVERITY_NAME, sprintNamer } from '../vocabulary';
import { answerBase, projectName, sameName, type AnswerBase, type Freshness } from './common';

export interface SignalAnswer extends AnswerBase {
  answer: string;
  signal: {
    id: string;
    title: string;
    severity: Signal['severity'];
    forRoles: string;
    observation: string;
    evidence: { issues: string[]; sprints: string[]; people: string[]; dates: string[] };
    rule: string;
    question: string;
  } | null;
  firing: { id: string; title: string }[];
}

export function findSignal(signals: readonly Signal[], named: string): Signal | undefined {
  const exact = signals.find((s) => sameName(s.id, named) || sameName(s.title, named));
  if (exact) return exact;
  const words = named.trim().toLowerCase();
  const partial = signals.filter((s) => s.title.toLowerCase().includes(words));
  return partial.length === 1 ? partial[0] : undefined;
}

export function signalAnswer(report: Report, named: string, freshness: Freshness): SignalAnswer {
  const firing = report.signals.map(({ id, title }) => ({ id, title }));
  const found = findSignal(report.signals, named);
  const base = answerBase(report, freshness);
  if (!found) {
    const choices = firing.length === 0 ? 'No signal fires for it now.' : `The signals that fire are: ${listInWords(firing.map((s) => s.title))}.`;
    return { ...base, answer: `No signal called "${named.trim()}" fires for ${projectName(report)}. ${choices}`, signal: null, firing };
  }
  const nameOf = sprintNamer(report);
  const evidence = {
    issues: [...found.evidence.issueKeys],
    sprints: found.evidence.sprintIds.map(nameOf),
    people: found.evidence.people.map((id) => personName(report.people, id)),
    dates: found.evidence.dates.map(day),
  };
  const listed = [
    evidence.issues.length > 0 ? `issues ${listInWords(evidence.issues)}` : '',
    evidence.sprints.length > 0 ? `sprints ${listInWords(evidence.sprints)}` : '',
    evidence.people.length > 0 ? `people ${listInWords(evidence.people)}` : '',
    evidence.dates.length > 0 ? `dates ${listInWords(evidence.dates)}` : '',
  ].filter((part) => part !== '');
  const forRoles = rolesInWords(found.role, found.alsoFor);
  const answer = [
    `${found.title} (${SEVERITY_NAME[found.severity].toLowerCase()}, for the ${forRoles}): ${found.observation}`,
    listed.length > 0 ? `Evidence: ${listed.join('; ')}.` : '',
    `A question for the team: ${found.question}`,
    `The rule: ${found.rule}.`,
  ].filter((part) => part !== '');
  return {
    ...base,
    answer: answer.join(' '),
    signal: { id: found.id, title: found.title, severity: found.severity, forRoles, observation: found.observation, evidence, rule: found.rule, question: found.question },
    firing,
  };
}
