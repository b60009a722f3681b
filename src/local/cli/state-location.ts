/**
 * Where the CLI keeps a site's history when --state is not given (as --help and the README say): one folder per site under the
 * user's state folder, so that audits of two sites never meet.
 *   $XDG_STATE_HOME/backlog-health/SITE, else ~/.local/state/backlog-health/SITE;
 *   on Windows %LOCALAPPDATA%\backlog-health\state\SITE.
 * SITE is the site's host (e.g. your-team.atlassian.net), with any character other than letters,
 * digits, ".", "_" and "-" written as "_" (a port's ":" cannot be in a Windows file name).
 */
import os from 'node:os';
import path from 'node:path';
import { cleanKeyPart } from '../../storage/keys';

export function defaultStateFolder(site: string, env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  const folderName = cleanKeyPart(site);
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA && path.win32.isAbsolute(env.LOCALAPPDATA) ? env.LOCALAPPDATA : path.win32.join(home, 'AppData', 'Local');
    return path.win32.join(local, 'backlog-health', 'state', folderName);
  }
  // The XDG rule: a relative XDG_STATE_HOME is invalid and ignored.
  const stateHome = env.XDG_STATE_HOME && path.posix.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.posix.join(home, '.local', 'state');
  return path.posix.join(stateHome, 'backlog-health', folderName);
}
