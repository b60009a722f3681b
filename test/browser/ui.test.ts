/**
 * The browser suite: one Chromium shared by every test (2 cores), over the local preview and the
 * real resolvers. The page suites run on the test site (fixtures/test-app.ts), the demo suite on
 * the demo site through `npm start`.
 */
import { closeBrowser, describeWithBrowser } from './support';
import { projectPageSuite } from './project-page.suite';
import { projectPageStatesSuite } from './project-page-states.suite';
import { portfolioSuite } from './portfolio.suite';
import { settingsSuite } from './settings.suite';
import { settingsAccessSuite } from './settings-access.suite';
import { demoSuite } from './demo.suite';
import { sprintsSuite } from './sprints.suite';
import { scoreSuite } from './score.suite';
import { issueContextSuite } from './issue-context.suite';
import { gadgetSuite } from './gadget.suite';
import { flowSuite } from './flow.suite';

jest.setTimeout(60_000);

describeWithBrowser('Custom UI in a browser', () => {
  afterAll(async () => {
    await closeBrowser();
  });
  describe('project page', projectPageSuite);
  describe('project page states', projectPageStatesSuite);
  describe('settings tab', settingsSuite);
  describe('settings tab, who may do what', settingsAccessSuite);
  describe('Sprints tab over recorded sprints', sprintsSuite);
  describe('flow and forecasts', flowSuite);
  describe('portfolio page', portfolioSuite);
  describe('the score and the order over time', scoreSuite);
  describe('issue view', issueContextSuite);
  describe('dashboard gadget', gadgetSuite);
  describe('demo site over the real engine', demoSuite);
});
