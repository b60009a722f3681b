/**
 * --out FILE: checked before Jira is asked anything, so an audit of a whole site is not run only to
 * find at the end that its output cannot be written; then written. Failures are usage errors (exit 2)
 * that say why in words, with the system's code.
 */
import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CliFailure, EXIT } from './exit-codes';

const REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'part of its path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
};

/** Why the system refused a file operation, in words and with its code, e.g. "permission denied (EACCES)". */
export function systemReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
  return `${REASONS[code] ?? 'the system refused'} (${code})`;
}

function cannotWrite(file: string, err: unknown): CliFailure {
  return new CliFailure(EXIT.usage, `Cannot write ${file}: ${systemReason(err)}.`);
}

function errorWithCode(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

/** Throws a CliFailure when `file` could not be written: an existing file must be a writable file; a new one needs a writable folder. */
export async function checkOutFile(file: string): Promise<void> {
  try {
    const existing = await stat(file).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    if (existing?.isDirectory()) throw errorWithCode('EISDIR');
    if (existing) return await access(file, constants.W_OK);
    const folder = await stat(dirname(resolve(file)));
    if (!folder.isDirectory()) throw errorWithCode('ENOTDIR');
    await access(dirname(resolve(file)), constants.W_OK);
  } catch (err) {
    throw cannotWrite(file, err);
  }
}

export async function writeOutFile(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text, 'utf8');
  } catch (err) {
    throw cannotWrite(file, err);
  }
}
