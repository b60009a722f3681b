/** docs/signals.md against the signals' declarations: the table at the top, and one section per signal. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIGNAL_DECLARATIONS } from '../../src/signals/declarations';

const page = readFileSync(join(__dirname, '../../docs/signals.md'), 'utf8');
const ROLE = { PO: 'Product Owner', SM: 'Scrum Master', team: 'team' } as const;

/** The cells of each row of the table under "The signals at a glance", header and rule left out. */
function tableRows(): string[][] {
  const section = page.split('## The signals at a glance')[1]?.split('\n## ')[0] ?? '';
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  return lines.slice(2).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

describe('docs/signals.md', () => {
  it('has a table row for every signal, in the catalogue order, as each declares itself', () => {
    const expected = SIGNAL_DECLARATIONS.map((signal) => [
      `\`${signal.id}\``,
      signal.name,
      ROLE[signal.role],
      signal.alsoFor.map((role) => ROLE[role]).join(', ') || '–',
      signal.area,
      Object.entries(signal.thresholds).map(([name, t]) => `\`${name}\` ${t.default}`).join(', ') || 'none',
    ]);
    expect(tableRows()).toEqual(expected);
  });

  it('describes every signal in a section of its own, in the same order, and no other', () => {
    const headings = [...page.matchAll(/^### ([a-z-]+)/gm)].map((match) => match[1]);
    expect(headings).toEqual(SIGNAL_DECLARATIONS.map((signal) => signal.id));
  });
});
