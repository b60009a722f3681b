/** Runs the CLI in-process (runCli with captured streams) or as a child process (node bin/backlog-health.cjs). */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import { runCli } from '../../src/local/cli';
import type { CliTestHooks } from '../../src/local/cli/run';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export const REPO_ROOT = path.resolve(__dirname, '../..');

let stateHome: string | null = null;

/** A folder of this test process standing in for the user's state folder, so no test writes a history into the home folder. */
export function testStateHome(): string {
  stateHome ??= mkdtempSync(path.join(os.tmpdir(), 'bh-state-home-'));
  return stateHome;
}

afterAll(() => {
  if (stateHome) rmSync(stateHome, { recursive: true, force: true });
  stateHome = null;
});

/**
 * An environment with no Jira credentials (so the demo is used unless the test sets them), whose
 * default state folder (src/local/cli/state-location.ts) is under testStateHome().
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.JIRA_BASE_URL;
  delete env.JIRA_EMAIL;
  delete env.JIRA_API_TOKEN;
  return { ...env, XDG_STATE_HOME: testStateHome(), LOCALAPPDATA: testStateHome(), ...extra };
}

export async function runInProcess(argv: string[], env = cleanEnv(), hooks: CliTestHooks = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env }, hooks);
  return { code, stdout, stderr };
}

export function runChild(argv: string[], env = cleanEnv()): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/backlog-health.cjs'), ...argv], { cwd: REPO_ROOT, env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * Validators for what --format json prints, from the schemas in docs/ as published: one report
 * (report.schema.json), and the audit document of several projects (audit.schema.json, whose
 * reports refer to the report schema).
 */
export function publishedSchemas(): { report: ValidateFunction; audit: ValidateFunction } {
  const read = (name: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, 'docs', name), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema(read('report.schema.json'));
  ajv.addSchema(read('audit.schema.json'));
  return { report: ajv.getSchema('https://backlog-health.example/report.schema.json')!, audit: ajv.getSchema('https://backlog-health.example/audit.schema.json')! };
}

/** The schema errors of a value, as "path message" lines; [] when it is valid. */
export function schemaErrors(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is not valid'}`);
}
