/**
 * The analysis and the signals keep nothing between reports (docs/architecture.md): no map, set or
 * other store at module level that a call could fill. Each report reads the board's history once and
 * passes it on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src/analysis', 'src/signals'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Top-level declarations (no indentation) that create a store. */
const MODULE_STORE = /^(export )?(const|let|var) \w+[^=]*= new (Weak)?(Map|Set|Ref)\b/m;

describe('no module-level cache in the analysis or the signals', () => {
  const files = ROOTS.flatMap(sources);

  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s declares no map or set at module level', (file) => {
    expect(readFileSync(file, 'utf8').match(MODULE_STORE)?.[0] ?? null).toBeNull();
  });

  it('would catch the memo the history used to have', () => {
    expect('const cache = new WeakMap<BoardData, BoardReplay>();').toMatch(MODULE_STORE);
    expect('  const known = new Map<string, Set<number>>();').not.toMatch(MODULE_STORE);
  });
});
