/**
 * Browser tests of the dashboard gadget and its edit view over the real resolvers, on the test site
 * (fixtures/test-app.ts, TEST_GADGETS), at the widths a dashboard's columns give a gadget: FIX alone
 * (25, "At risk"); FIX, KAN, NEW and FRESH side by side, of which the coach may not browse FRESH; and
 * a gadget not set up yet.
 */
import type { PortfolioRow } from '../../src/shared/api';
import { SEVERITY_NAME } from '../../src/vocabulary';
import { testAppForSuite } from './fixtures/test-app';
import { expectThemeAndLayout, openPage, screenshot, seriousAxeViolations } from './support';

/** Three, two and one columns of a dashboard. */
const WIDTHS = [330, 500, 1000];

export function gadgetSuite(): void {
  const app = testAppForSuite();
  const open = async (query: string, width = 500, ready = 'gadget') => {
    const opened = await openPage(app().appUrl('gadget', query), { width, height: 700 });
    await opened.page.getByTestId(ready).waitFor();
    return opened;
  };
  const projectsShown = (page: import('playwright-core').Page) =>
    page.locator('article[data-project]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-project')));

  it('shows one project as the portfolio does: score, light, trend and most severe signals', async () => {
    const { page, problems, close } = await open('gadget=one&user=admin');
    try {
      expect(await projectsShown(page)).toEqual(['FIX']);
      const card = page.locator('article[data-project="FIX"]');
      expect(await card.getByTestId('gadget-score').innerText()).toBe('25');
      expect(await card.innerText()).toContain('At risk');
      const rows = ((await app().invoke('getPortfolio', {}, 'admin')) as { rows: PortfolioRow[] }).rows;
      const fix = rows.find((row) => row.projectKey === 'FIX')!;
      const shown = await card.getByRole('list', { name: 'Most severe signals' }).locator('li').allInnerTexts();
      expect(shown.map((line) => line.replace(/\s+/g, ' '))).toEqual(fix.topSignals.map((s) => `${SEVERITY_NAME[s.severity]} ${s.title}`));
      expect(fix.topSignals.map((s) => s.id)).toEqual(['unfinished-sprints', 'committee-ordering', 'thin-ready-runway']);
      expect(await card.getByRole('img').getAttribute('aria-label')).toBe('Commitment reliability of FIX, last closed sprints: 50%, 50%, 50%');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows several projects side by side, only those the viewer may browse, and says how many others there are', async () => {
    const coach = await open('gadget=several&user=coach');
    try {
      expect(await projectsShown(coach.page)).toEqual(['FIX', 'KAN', 'NEW']);
      const kan = coach.page.locator('article[data-project="KAN"]');
      // A Kanban board's score is provisional: too little of what applies to it could be checked (docs/metrics.md).
      expect(await kan.getByTestId('gadget-score').innerText()).toBe('100 (provisional)');
      expect(await kan.innerText()).toContain('Not enough data yet');
      expect(await coach.page.locator('article[data-project="NEW"]').innerText()).toContain('Not analysed yet');
      expect(await coach.page.getByTestId('gadget-hidden').innerText()).toBe('1 more project chosen for this gadget is not shown to you.');
      expect(await coach.page.getByText('FRESH').count()).toBe(0);
    } finally {
      await coach.close();
    }
    const admin = await open('gadget=several&user=admin');
    try {
      expect(await projectsShown(admin.page)).toEqual(['FIX', 'KAN', 'NEW', 'FRESH']);
      expect(await admin.page.getByTestId('gadget-hidden').count()).toBe(0);
    } finally {
      await admin.close();
    }
  });

  it('asks for its projects until it is set up, and keeps what its edit view saves, chosen by keyboard', async () => {
    const unset = await open('gadget=unset&user=coach', 500, 'gadget-not-configured');
    await unset.close();
    const { page, close } = await open('gadget=unset&user=coach&edit=1', 500, 'gadget-edit');
    try {
      expect(await page.getByRole('checkbox').count()).toBe(3);
      await page.getByRole('button', { name: 'Save' }).click();
      expect(await page.getByTestId('gadget-edit-problem').innerText()).toBe('Choose at least one project.');
      // Tab to the second project (KAN), tick it with the space bar, then Tab to Save and press Enter.
      await page.getByRole('checkbox', { name: /Fixture Scrum/ }).focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      expect(await page.getByRole('checkbox', { name: /Fixture Kanban/ }).isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save');
      await page.keyboard.press('Enter');
      await page.getByTestId('gadget').waitFor();
      expect(await projectsShown(page)).toEqual(['KAN']);
      expect(await app().invoke('getGadget', {}, 'coach', undefined, { gadget: 'unset' })).toMatchObject({ configured: true, rows: [{ projectKey: 'KAN' }], hidden: 0 });
    } finally {
      await close();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of WIDTHS) {
      it(`renders ${width} px wide in the ${theme} theme, without sideways scrolling or serious accessibility problems`, async () => {
        const { page, close } = await open(`gadget=several&user=admin&theme=${theme}`, width);
        try {
          await expectThemeAndLayout(page, theme, width);
          await screenshot(page, `gadget-${width}-${theme}`);
        } finally {
          await close();
        }
      });
    }
  }

  it('renders its edit view with no serious accessibility problem', async () => {
    const { page, close } = await open('gadget=one&user=coach&edit=1&theme=dark', 500, 'gadget-edit');
    try {
      expect(await page.getByRole('checkbox', { name: /Fixture Scrum/ }).isChecked()).toBe(true);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'gadget-edit-dark');
    } finally {
      await close();
    }
  });
}
