/**
 * What each page may weigh, checked by every build (vite-page.mjs): a page that grows past its
 * budget fails `npm run build:ui`, and so `npm test`, saying which part and by how much.
 * Three figures per page, in KiB of the files as built (before any compression on the way):
 * - `entryScript`: the scripts index.html loads before the first view (the entry chunk and what it
 *   imports at once): what the viewer waits for;
 * - `entryStyles`: the stylesheets it loads;
 * - `total`: everything in the build (theme chunks loaded later included): what Forge serves.
 * The budgets stand about a third above the sizes of 6 December 2026 (project page 1,130 / 133 /
 * 1,568 KiB; the other pages about 565 / 106 / 975 KiB), because views are still being added; the
 * project page, which gets most of them, has the most room. Raise a budget on purpose, with the
 * reason in the commit, never to make a build pass unnoticed.
 */

/** @typedef {{ entryScript: number, entryStyles: number, total: number }} PageWeights */

/** @type {Record<string, PageWeights>} */
export const BUNDLE_BUDGETS_KIB = {
  'project-page': { entryScript: 1500, entryStyles: 180, total: 2100 },
  portfolio: { entryScript: 800, entryStyles: 150, total: 1350 },
  'issue-context': { entryScript: 800, entryStyles: 150, total: 1350 },
  gadget: { entryScript: 800, entryStyles: 150, total: 1350 },
};

const NAMES = { entryScript: 'first script', entryStyles: 'first stylesheet', total: 'whole build' };

/**
 * What is over budget, one sentence each (none: within budget). A page without a budget is refused too.
 * @param {string} page
 * @param {PageWeights} bytes
 * @returns {string[]}
 */
export function overBudget(page, bytes) {
  const budget = BUNDLE_BUDGETS_KIB[page];
  if (!budget) return [`The page "${page}" has no size budget: give it one in static/shared/bundle-budget.mjs.`];
  return Object.keys(NAMES)
    .filter((part) => bytes[part] > budget[part] * 1024)
    .map((part) => `The ${page} page's ${NAMES[part]} is ${Math.ceil(bytes[part] / 1024)} KiB, over its budget of ${budget[part]} KiB (static/shared/bundle-budget.mjs).`);
}
