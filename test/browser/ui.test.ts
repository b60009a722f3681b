/**
 * The browser suite: one Chromium shared by every test (2 cores), over the local preview.
 * Fixture tests check the UI's states; demo tests run the real engine over the emulator.
 */
import { closeBrowser, describeWithBrowser } from './support';
import { projectPageSuite } from './project-page.suite';
import { projectPageStatesSuite } from './project-page-states.suite';
import { portfolioSuite } from './portfolio.suite';
import { demoSuite } from './demo.suite';

jest.setTimeout(60_000);

describeWithBrowser('Custom UI in a browser', () => {
  afterAll(async () => {
    await closeBrowser();
  });
  describe('project page (fixtures)', projectPageSuite);
  describe('project page states', projectPageStatesSuite);
  describe('portfolio page (fixtures)', portfolioSuite);
  describe('demo site over the real engine', demoSuite);
});
