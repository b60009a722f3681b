/** The coach's health summary of a project: its score, its traffic light and the signals that fire. */
import type { Report } from '../domain/report';
import type { Severity } from '../domain/types';
import { AREA_NAME, NOT_ASSESSED, SCORE_AREAS, SEVERITY_NAME, bySeverity, healthWord, listInWords, plural, scoreWithGaps } from '../vocabulary';
import { answerBase, projectName, type AnswerBase, type Freshness } from './common';

export interface HealthAnswer extends AnswerBase {
  answer: string;
  score: number | null;
  health: string;
  signals: { id: string; title: string; severity: Severity; observation: string; question: string }[];
  notChecked: { id: string; reason: string }[];
}

export function healthAnswer(report: Report, freshness: Freshness): HealthAnswer {
  const { score } = report;
  const signals = [...report.signals].sort(bySeverity);
  const sentences: string[] = [];
  if (score.total === null) {
    sentences.push(`${projectName(report)} has no score: none of its signals could be checked.`);
  } else {
    sentences.push(`${projectName(report)} scores ${scoreWithGaps(score.total, [], score.provisional)} out of 100: ${healthWord(score.trafficLight, score.provisional)}.`);
    const areas = SCORE_AREAS.map((area) => `${AREA_NAME[area]} ${score[area] ?? NOT_ASSESSED}`);
    sentences.push(`${areas.join(', ')}.`);
  }
  if (signals.length === 0) {
    sentences.push('No signal fires: nothing here asks for a conversation right now.');
  } else {
    const counted = (severity: Severity) => signals.filter((s) => s.severity === severity).length;
    const counts = [
      counted('critical') > 0 ? `${counted('critical')} ${SEVERITY_NAME.critical.toLowerCase()}` : '',
      counted('warning') > 0 ? plural(counted('warning'), SEVERITY_NAME.warning.toLowerCase()) : '',
      counted('info') > 0 ? `${counted('info')} for information` : '',
    ].filter((part) => part !== '');
    sentences.push(`${plural(signals.length, 'signal')} ${signals.length === 1 ? 'fires' : 'fire'} (${listInWords(counts)}): ${listInWords(signals.map((s) => s.title))}.`);
  }
  if (report.silentSignals.length > 0) {
    sentences.push(`${plural(report.silentSignals.length, 'signal')} could not be checked, so the score leaves ${report.silentSignals.length === 1 ? 'it' : 'them'} out.`);
  }
  return {
    ...answerBase(report, freshness),
    answer: sentences.join(' '),
    score: score.total,
    health: healthWord(score.trafficLight, score.provisional),
    signals: signals.map(({ id, title, severity, observation, question }) => ({ id, title, severity, observation, question })),
    notChecked: report.silentSignals.map(({ id, reason }) => ({ id, reason })),
  };
}
