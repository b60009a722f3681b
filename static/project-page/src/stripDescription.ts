/** The backlog strip in words, for screen readers (the strip itself is a row of coloured marks). */
import type { BacklogSection } from '../../../src/domain/report';
import { plural } from '../../../src/vocabulary';

/** Runs named in full before the description stops ("and so on"). */
const STRIP_RUNS_SAID = 12;

/**
 * The strip in words, for screen readers: the order itself, as runs from the top ("items 1 to 18
 * functional, items 19 to 24 technical"), and how many are ready, not only the counts.
 */
export function stripDescription(strip: BacklogSection['strip']): string {
  if (strip.length === 0) return 'The backlog is empty.';
  const runs: { technical: boolean; from: number; to: number }[] = [];
  strip.forEach((item, index) => {
    const last = runs[runs.length - 1];
    if (last && last.technical === item.technical) last.to = index + 1;
    else runs.push({ technical: item.technical, from: index + 1, to: index + 1 });
  });
  const said = runs
    .slice(0, STRIP_RUNS_SAID)
    .map((run) => `${run.from === run.to ? `item ${run.from}` : `items ${run.from} to ${run.to}`} ${run.technical ? 'technical' : 'functional'}`);
  const rest = runs.length > STRIP_RUNS_SAID ? ', and so on' : '';
  const ready = strip.filter((item) => item.ready).length;
  if (strip.length === 1) return `One backlog item, ${strip[0].technical ? 'technical' : 'functional'}, ${ready === 1 ? 'ready' : 'not ready'}.`;
  return `The first ${plural(strip.length, 'backlog item')} in rank order, from the top: ${said.join(', ')}${rest}. ${ready} of them ${ready === 1 ? 'is' : 'are'} ready.`;
}
