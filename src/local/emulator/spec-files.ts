/**
 * Where Jira's OpenAPI specs are, for the contract tests: the folder named by JIRA_SPECS_DIR, else
 * the places src/local/emulator/README.md lists. None there is an error that says where it looked
 * and how to point at them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const PLATFORM_SPEC = 'jira-platform-v3.json';
export const AGILE_SPEC = 'jira-software-agile-1.0.json';

const REPO_ROOT = path.resolve(__dirname, '../../..');

/** The folders tried, in order. */
export function specsDirCandidates(env: Record<string, string | undefined> = process.env, repoRoot = REPO_ROOT): string[] {
  const fromEnv = (env.JIRA_SPECS_DIR ?? '').trim();
  return [...(fromEnv ? [path.resolve(fromEnv)] : []), path.resolve(repoRoot, '..', 'shared', 'specs'), '/work/shared/specs'];
}

function holdsSpecs(dir: string): boolean {
  return existsSync(path.join(dir, PLATFORM_SPEC)) && existsSync(path.join(dir, AGILE_SPEC));
}

/** The first candidate folder that holds both specs; a JIRA_SPECS_DIR without them is an error of its own. */
export function resolveSpecsDir(env: Record<string, string | undefined> = process.env, repoRoot = REPO_ROOT): string {
  const fromEnv = (env.JIRA_SPECS_DIR ?? '').trim();
  if (fromEnv && !holdsSpecs(path.resolve(fromEnv))) {
    throw new Error(`JIRA_SPECS_DIR is ${fromEnv}, but that folder does not hold ${PLATFORM_SPEC} and ${AGILE_SPEC}.`);
  }
  return firstSpecsDir(specsDirCandidates(env, repoRoot));
}

/** The first of these folders that holds both specs, else an error naming every one. */
export function firstSpecsDir(candidates: string[]): string {
  const found = candidates.find(holdsSpecs);
  if (found) return found;
  throw new Error(
    `Jira's OpenAPI specs (${PLATFORM_SPEC} and ${AGILE_SPEC}) were not found in ${candidates.join(', ')}. ` +
      'Set JIRA_SPECS_DIR to the folder that holds them.',
  );
}

/** Path of one spec file, e.g. specFile(PLATFORM_SPEC). */
export function specFile(name: string, env: Record<string, string | undefined> = process.env): string {
  return path.join(resolveSpecsDir(env), name);
}
