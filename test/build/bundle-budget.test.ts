/**
 * The pages' size budgets (static/shared/bundle-budget.mjs), which every build checks
 * (static/shared/vite-page.mjs fails `npm run build:ui` over budget): the check on sizes worked out by
 * hand, and a budget for every page there is. The module is the build's own (ECMAScript modules, as
 * vite loads it), so it is run by node itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const MODULE = path.resolve(__dirname, '../../static/shared/bundle-budget.mjs');

/** Runs `expression` with the module's exports in scope, and gives back its value. */
function evaluate(expression: string): unknown {
  const script = `import * as budget from ${JSON.stringify(MODULE)}; const { overBudget, BUNDLE_BUDGETS_KIB } = budget; console.log(JSON.stringify(${expression}));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

describe('bundle budgets', () => {
  it('passes a page within its budget, and names each part over it, in KiB', () => {
    // The portfolio may have 800 KiB of first script, 150 of styles and 1,350 in all.
    expect(evaluate(`overBudget('portfolio', { entryScript: 800 * 1024, entryStyles: 150 * 1024, total: 1350 * 1024 })`)).toEqual([]);
    expect(evaluate(`overBudget('portfolio', { entryScript: 800 * 1024 + 1, entryStyles: 10, total: 1400 * 1024 })`)).toEqual([
      "The portfolio page's first script is 801 KiB, over its budget of 800 KiB (static/shared/bundle-budget.mjs).",
      "The portfolio page's whole build is 1400 KiB, over its budget of 1350 KiB (static/shared/bundle-budget.mjs).",
    ]);
  });

  it('refuses a page that has no budget, and every page built has one', () => {
    expect(evaluate(`overBudget('new-page', { entryScript: 1, entryStyles: 1, total: 1 })`)).toEqual(['The page "new-page" has no size budget: give it one in static/shared/bundle-budget.mjs.']);
    const staticFolder = path.resolve(__dirname, '../../static');
    const pages = readdirSync(staticFolder).filter((name) => existsSync(path.join(staticFolder, name, 'vite.config.mjs'))).sort();
    expect(Object.keys(evaluate('BUNDLE_BUDGETS_KIB') as object).sort()).toEqual(pages);
  });
});
