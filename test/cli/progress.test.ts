/** Progress lines on stderr: throttled per project, stdout left to the report. */
import { progressLine, throttledProgress } from '../../src/local/cli/progress';
import { generateDemo } from '../../src/local/demo';
import { runInProcess } from './helpers';

const NOW = '2026-11-20T08:00:00.000Z';
const calmIssues = generateDemo({ now: new Date(NOW) }).workspace.issues.filter((i) => i.key.startsWith('CALM-')).length;

describe('progress lines', () => {
  test('say the project, the step and how far', () => {
    expect(progressLine('CALM', { progress: 0.4, message: 'Reading issues and their history' })).toBe('CALM: reading issues and their history, 40%');
    expect(progressLine('SPILL', { progress: 0.666, message: '' })).toBe('SPILL: working, 67%');
  });

  test('at most one line per interval per project, only on change, never "Done"', () => {
    let now = 1000;
    const lines: string[] = [];
    const onProgress = throttledProgress('CALM', (l) => lines.push(l), { clock: () => now, intervalMs: 2000 });
    onProgress({ progress: 0, message: 'Finding the board' }); // 0 ms after the "Reading CALM" line
    now = 2500;
    onProgress({ progress: 0.1, message: 'Reading the board settings' }); // 1.5 s: too soon
    now = 3000;
    onProgress({ progress: 0.2, message: 'Reading fields and statuses' }); // 2 s: shown
    now = 9000;
    onProgress({ progress: 0.2, message: 'Reading fields and statuses' }); // no change
    onProgress({ progress: 0.7, message: 'Reading the history of 2400 issues' }); // shown
    now = 20000;
    onProgress({ progress: 1, message: 'Done' });
    expect(lines).toEqual(['CALM: reading fields and statuses, 20%', 'CALM: reading the history of 2400 issues, 70%']);
  });

  test('a real audit prints the engine\'s steps on stderr and only the report on stdout', async () => {
    // A clock 10 s further on at every look: every step is due.
    let ms = 0;
    const ticking = () => (ms += 10_000);
    const shown = await runInProcess(['audit', '--project', 'CALM', '--format', 'json', '--now', NOW], undefined, { clock: ticking });
    const quiet = await runInProcess(['audit', '--project', 'CALM', '--format', 'json', '--now', NOW, '--quiet']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(quiet.stdout);
    expect(JSON.parse(shown.stdout).project.key).toBe('CALM');
    const lines = shown.stderr.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual(['No JIRA_BASE_URL, JIRA_EMAIL or JIRA_API_TOKEN in the environment: auditing the built-in demo site.', 'Reading CALM (1 of 1)…']);
    expect(lines.slice(2)).toEqual([
      'CALM: finding the board, 0%',
      'CALM: reading the board settings, 10%',
      'CALM: reading fields and statuses, 20%',
      'CALM: reading issues and their history, 40%',
      `CALM: reading the history of ${calmIssues} issues, 70%`,
      'CALM: putting it together, 95%',
    ]);
    expect(quiet.stderr).toBe('');
  });
});
