/**
 * What the Forge bundle contains: every module src/index.ts reaches through relative imports.
 * None may come from src/local (the CLI, preview, emulator and demo stay out of the Forge app),
 * and none may read or write local files.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');

function resolveModule(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  throw new Error(`${path.relative(SRC, from)} imports ${specifier}, which does not exist`);
}

function reachableFrom(entry: string): { files: Set<string>; packages: Set<string>; imports: Map<string, string[]> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const imports = new Map<string, string[]>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    const local: string[] = [];
    // import ... from 'x'; export ... from 'x'; import 'x' (type-only imports are erased but harmless to follow)
    for (const match of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]/g)) {
      const specifier = match[1] ?? match[2];
      if (specifier.startsWith('.')) local.push(resolveModule(file, specifier));
      else packages.add(specifier);
    }
    imports.set(file, local);
    pending.push(...local);
  }
  return { files, packages, imports };
}

/** Every import cycle among the forge modules, as "a.ts -> b.ts -> a.ts" (each cycle found from its first module in name order). */
function forgeCycles(imports: Map<string, string[]>): string[] {
  const name = (file: string) => path.relative(SRC, file).split(path.sep).join('/');
  const forge = [...imports.keys()].filter((file) => name(file).startsWith('forge/')).sort();
  const cycles = new Set<string>();
  const walk = (start: string, file: string, trail: string[]) => {
    for (const next of imports.get(file) ?? []) {
      if (!name(next).startsWith('forge/')) continue;
      if (next === start) cycles.add([...trail, next].map(name).join(' -> '));
      else if (!trail.includes(next) && next > start) walk(start, next, [...trail, next]);
    }
  };
  for (const file of forge) walk(file, file, [file]);
  return [...cycles];
}

describe('the Forge entry', () => {
  const { files, packages, imports } = reachableFrom(path.join(SRC, 'index.ts'));

  it('reaches the app, the engine and storage, and nothing under src/local', () => {
    const relative = [...files].map((f) => path.relative(SRC, f).split(path.sep).join('/'));
    expect(relative).toEqual(expect.arrayContaining(['index.ts', 'forge/resolvers.ts', 'forge/app.ts', 'engine/compute.ts', 'storage/forge-kvs-store.ts']));
    expect(relative.filter((f) => f.startsWith('local/'))).toEqual([]);
  });

  it('has no import cycle among the modules of the Forge shell (the resolver table imports the resolver functions, never the other way)', () => {
    expect(forgeCycles(imports)).toEqual([]);
  });

  it('uses no file system, network or process packages', () => {
    const forbidden = [...packages].filter((p) => /^(node:)?(fs|fs\/promises|child_process|net|http|https)$/.test(p));
    expect(forbidden).toEqual([]);
  });
});
