/**
 * manifest.yml, checked offline: Forge's own schema validation, every handler exported by
 * src/index.ts, every resource folder a built Custom UI page (no UI Kit 1), and the scopes exactly
 * those the Jira client needs: against the hand-written list in src/jira/endpoints.ts, and against
 * the OpenAPI specs for every endpoint the code is seen to call (spec-scopes.ts, called-endpoints.ts).
 * The UI build folders must exist (`npm test` builds the UI before jest).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JIRA_ENDPOINTS, requiredScopes } from '../../src/jira/endpoints';
import { LEDGER_QUEUE_KEY, REFRESH_QUEUE_KEY } from '../../src/forge/resolvers';
import { COACH_ACTIONS, COACH_CONTRACTS } from '../../src/shared/coach-contracts';
import { COACH_AGENT } from '../../static/shared/coach-agent';
import { stopAll } from '../faults/harness';
import { callEveryEndpoint } from './called-endpoints';
import type { CalledEndpoints } from './called-endpoints';
import { SpecIndex, allows, specsDir } from './spec-scopes';
import type { SpecOperation } from './spec-scopes';

jest.mock('@forge/api', () => ({
  __esModule: true,
  default: { asUser: jest.fn(), asApp: jest.fn() },
  asUser: jest.fn(),
  asApp: jest.fn(),
  route: jest.fn(),
}));
jest.mock('@forge/events', () => ({ Queue: jest.fn().mockImplementation(() => ({ push: jest.fn() })) }));
jest.mock('@forge/kvs', () => ({ kvs: {}, WhereConditions: { beginsWith: jest.fn() } }));

const ROOT = path.join(__dirname, '..', '..');
/** The Custom UI pages: the project page, the portfolio, the issue view and the dashboard gadget (and its edit view). */
const CUSTOM_UI_BUILDS = ['static/project-page/build', 'static/portfolio/build', 'static/issue-context/build', 'static/gadget/build'];
/** The one resource that is no page: the coach's instructions (the rovo:agent prompt). */
const PROMPT_RESOURCE = 'coach-agent';

interface ManifestShape {
  modules: Record<string, { key: string; handler?: string; function?: string; resource?: string; render?: string; resolver?: { function: string }; edit?: { resource: string }; queue?: string; events?: string[] }[]>;
  resources: { key: string; path: string }[];
  permissions: { scopes: string[]; content?: { styles?: string[] } };
  app: { id: string; runtime: { name: string } };
}

let manifest: ManifestShape;

beforeAll(async () => {
  // Full validation compiles Forge's 2 MB schema: slow on a shared machine.
  const { validate } = await import('@forge/manifest');
  const missing = CUSTOM_UI_BUILDS.filter((dir) => !existsSync(path.join(ROOT, dir, 'index.html')));
  if (missing.length > 0) {
    throw new Error(`The UI is not built (${missing.join(', ')} missing): run \`npm run build:ui\` before this test.`);
  }
  const result = await validate(false, path.join(ROOT, 'manifest.yml'));
  if (!result.success) {
    throw new Error(`manifest.yml is not valid:\n${(result.errors ?? []).map((e) => `  line ${e.line}: ${e.message}`).join('\n')}`);
  }
  manifest = (result.manifestObject as unknown as { yamlContent: ManifestShape }).yamlContent;
}, 120000);

describe('manifest.yml', () => {
  it('passes Forge validation with the Node 22 runtime', () => {
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
    expect(manifest.app.id).toMatch(/^ari:cloud:ecosystem::app\//);
  });

  it('names only handlers that src/index.ts exports, as functions', async () => {
    const entry = (await import('../../src/index')) as Record<string, unknown>;
    const handlers = manifest.modules.function.map((f) => f.handler as string);
    expect(handlers.sort()).toEqual([
      'index.coachHealthSummary', 'index.coachItemsNotReady', 'index.coachSignalEvidence', 'index.coachSprintReport',
      'index.consumer', 'index.handler', 'index.ledgerConsumer', 'index.nightly', 'index.sprintEvents',
    ]);
    for (const handler of handlers) {
      const [file, exported] = handler.split('.');
      expect(file).toBe('index');
      expect(typeof entry[exported]).toBe('function');
    }
  });

  it('points every module at a declared function and resource', () => {
    const functions = new Set(manifest.modules.function.map((f) => f.key));
    const resources = new Set(manifest.resources.map((r) => r.key));
    const pages = ['jira:projectPage', 'jira:globalPage', 'jira:issueContext', 'jira:dashboardGadget'].flatMap((type) => manifest.modules[type]);
    expect(pages).toHaveLength(4);
    for (const page of pages) {
      expect(resources.has(page.resource as string)).toBe(true);
      expect(functions.has(page.resolver?.function as string)).toBe(true);
    }
    expect(manifest.modules['jira:dashboardGadget'][0].edit).toEqual({ resource: 'gadget' });
    for (const module of [...manifest.modules.scheduledTrigger, ...manifest.modules.consumer, ...manifest.modules.action, ...manifest.modules.trigger]) {
      expect(functions.has(module.function as string)).toBe(true);
    }
    expect(manifest.modules.consumer.map((c) => [c.queue, c.function])).toEqual([
      ['refresh-queue', 'refresh-consumer'],
      [LEDGER_QUEUE_KEY, 'sprint-ledger-consumer'],
    ]);
    expect(manifest.modules.consumer[0].queue).toBe(REFRESH_QUEUE_KEY);
    expect(manifest.modules.scheduledTrigger[0]).toMatchObject({ interval: 'day' });
  });

  it('subscribes to the three sprint events the sprint ledger records, with the function that keeps them', () => {
    expect(manifest.modules.trigger).toEqual([
      {
        key: 'sprint-ledger-events',
        function: 'sprint-events',
        events: ['avi:jira-software:started:sprint', 'avi:jira-software:updated:sprint', 'avi:jira-software:closed:sprint'],
      },
    ]);
    // Forge's events reference: these events need read:jira-work (classic) or read:sprint:jira-software (granular).
    expect(manifest.permissions.scopes).toEqual(expect.arrayContaining(['read:jira-work', 'read:sprint:jira-software']));
  });

  it('has a built index.html in every resource folder but the prompt\'s', () => {
    for (const resource of manifest.resources.filter((r) => r.key !== PROMPT_RESOURCE)) {
      expect(existsSync(path.join(ROOT, resource.path, 'index.html'))).toBe(true);
    }
  });

  it('declares exactly the scopes the Jira endpoints need, plus storage:app', () => {
    const declared = [...manifest.permissions.scopes].sort();
    expect(declared).toEqual([...requiredScopes(), 'storage:app'].sort());
    // Every declared scope is used by at least one endpoint (or is storage).
    for (const scope of declared) {
      if (scope === 'storage:app') continue;
      expect(JIRA_ENDPOINTS.some((e) => e.scopes.includes(scope))).toBe(true);
    }
  });

  it('asks for no egress', () => {
    expect(manifest.permissions).not.toHaveProperty('external');
    expect(manifest.permissions.content?.styles).toEqual(['unsafe-inline']);
  });
});

describe('no UI Kit 1, only Custom UI', () => {
  it('has no @forge/ui (UI Kit 1, removed by Atlassian) in package.json or package-lock.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const section of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'overrides']) {
      expect(Object.keys((pkg[section] as Record<string, unknown> | undefined) ?? {})).not.toContain('@forge/ui');
    }
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages).length).toBeGreaterThan(100);
    expect(Object.keys(lock.packages).filter((p) => p === 'node_modules/@forge/ui' || p.endsWith('/node_modules/@forge/ui'))).toEqual([]);
  });

  it('has no UI Kit module: none renders natively, and no page names a function instead of a resource', () => {
    const modules = Object.entries(manifest.modules).flatMap(([type, list]) => list.map((m) => ({ type, ...m })));
    expect(modules.filter((m) => m.render === 'native').map((m) => m.key)).toEqual([]);
    const pages = modules.filter((m) => m.type.startsWith('jira:'));
    expect(pages.map((m) => m.key).sort()).toEqual(['backlog-health-gadget', 'backlog-health-issue-context', 'backlog-health-portfolio', 'backlog-health-project-page']);
    for (const page of pages) {
      expect(page.function).toBeUndefined();
      expect(typeof page.resource).toBe('string');
    }
  });

  it('points every module with a resource at a Custom UI build: static/<page>/build from a Vite config, with relative asset paths', () => {
    const withResource = Object.values(manifest.modules).flat().flatMap((m) => [m.resource, m.edit?.resource]).filter((r): r is string => r !== undefined);
    expect(withResource).toEqual(['project-page', 'portfolio', 'issue-context', 'gadget', 'gadget']);
    for (const key of withResource) {
      const resource = manifest.resources.find((r) => r.key === key)!;
      const match = /^static\/([a-z-]+)\/build$/.exec(resource.path);
      expect(match).not.toBeNull();
      expect(existsSync(path.join(ROOT, 'static', match![1], 'vite.config.mjs'))).toBe(true);
      const html = readFileSync(path.join(ROOT, resource.path, 'index.html'), 'utf8');
      // Forge serves a Custom UI build from a sub-path, so its script must load relatively.
      expect(html).toMatch(/<script type="module"[^>]* src="\.\/assets\/[^"]+\.js"/);
    }
  });
});

describe('scopes, checked against the Jira OpenAPI specs', () => {
  let specs: SpecIndex;
  let called: CalledEndpoints;
  /** Each endpoint the code was seen to call, as the spec's operation. */
  let operations: SpecOperation[];

  beforeAll(async () => {
    specs = new SpecIndex(specsDir(ROOT));
    called = await callEveryEndpoint();
    const byKey = new Map<string, SpecOperation>();
    for (const req of called.requests) {
      const operation = specs.find(req.method, req.path);
      if (!operation) throw new Error(`The code calls ${req.method} ${req.path}, which is in no spec in ${specsDir(ROOT)}.`);
      byKey.set(`${operation.method} ${operation.template}`, operation);
    }
    operations = [...byKey.values()].sort((a, b) => `${a.template} ${a.method}`.localeCompare(`${b.template} ${b.method}`));
    await stopAll();
  }, 60000);

  it('saw every JiraClient method called, so no endpoint was missed', () => {
    expect(specs.size).toBeGreaterThan(400);
    expect([...called.clientMethods].sort()).toEqual([...called.methodsCalled].filter((m) => called.clientMethods.includes(m)).sort());
  });

  it('finds exactly the endpoints of src/jira/endpoints.ts, with scopes the spec gives for each', () => {
    expect(operations.map((op) => `${op.method} ${op.template}`).sort()).toEqual(JIRA_ENDPOINTS.map((e) => `${e.method} ${e.path}`).sort());
    for (const entry of JIRA_ENDPOINTS) {
      const operation = operations.find((op) => op.method === entry.method && op.template === entry.path)!;
      expect(operation.scopeSets).toContainEqual([...entry.scopes].sort());
    }
  });

  it('declares, for every endpoint called, a full set of scopes the spec accepts', () => {
    const declared = new Set(manifest.permissions.scopes);
    const notAllowed = operations.filter((op) => !allows(declared, op)).map((op) => `${op.method} ${op.template} needs one of ${JSON.stringify(op.scopeSets)}`);
    expect(notAllowed).toEqual([]);
  });

  it('declares no scope that no endpoint needs (storage:app for @forge/kvs aside)', () => {
    const declared = new Set(manifest.permissions.scopes);
    // A scope is needed when some endpoint would no longer be allowed without it.
    const unneeded = [...declared].filter((scope) => {
      if (scope === 'storage:app') return false;
      const without = new Set([...declared].filter((s) => s !== scope));
      return operations.every((op) => allows(without, op));
    });
    expect(unneeded).toEqual([]);
    expect(readFileSync(path.join(ROOT, 'src/storage/forge-kvs-store.ts'), 'utf8')).toMatch(/from '@forge\/kvs'/);
    expect(declared.has('storage:app')).toBe(true);
  });

  it('would notice a missing or an extra scope (the checks themselves can fail)', () => {
    const declared = new Set(manifest.permissions.scopes);
    const withoutSprints = new Set([...declared].filter((s) => s !== 'read:sprint:jira-software'));
    expect(operations.filter((op) => !allows(withoutSprints, op)).map((op) => op.template)).toEqual(['/rest/agile/1.0/board/{boardId}/sprint', '/rest/agile/1.0/sprint/{sprintId}']);
    const withExtra = new Set([...declared, 'write:jira-work']);
    const without = new Set([...withExtra].filter((s) => s !== 'write:jira-work'));
    expect(operations.every((op) => allows(without, op))).toBe(true);
  });
});

describe('the coach (Rovo agent and actions)', () => {
  const agent = () => (manifest.modules['rovo:agent'] as unknown as { key: string; name: string; prompt: string; actions: string[] }[])[0];
  const actions = () => manifest.modules.action as unknown as { key: string; function: string; actionVerb: string; inputs: Record<string, { type: string; required: boolean }> }[];

  it('is the agent "Ask the coach" opens, with the four actions, each only reading (GET)', () => {
    expect({ key: agent().key, name: agent().name }).toEqual(COACH_AGENT);
    expect(agent().actions).toEqual(['health-summary', 'signal-evidence', 'items-not-ready', 'sprint-report']);
    expect(actions().map((a) => [a.key, a.actionVerb])).toEqual(agent().actions.map((key) => [key, 'GET']));
  });

  it('binds each action to the resolver of the same contract, with the contract\'s inputs and the project key', () => {
    const functions = new Map(manifest.modules.function.map((f) => [f.key, f.handler as string]));
    expect(actions().map((a) => functions.get(a.function))).toEqual(COACH_ACTIONS.map((name) => `index.${name}`));
    COACH_ACTIONS.forEach((name, index) => {
      const payload = COACH_CONTRACTS[name].payload;
      const required = new Set((payload as { required?: string[] }).required ?? []);
      const expected = Object.fromEntries([['projectKey', false], ...Object.keys(payload.properties).map((input) => [input, required.has(input)])]);
      const inputs = actions()[index].inputs;
      expect(Object.fromEntries(Object.entries(inputs).map(([input, spec]) => [input, spec.required]))).toEqual(expected);
      expect(Object.values(inputs).every((spec) => spec.type === 'string')).toBe(true);
    });
  });

  it('tells the agent which action answers what, and what it may and may not conclude', () => {
    const prompt = readFileSync(path.join(ROOT, 'resources', PROMPT_RESOURCE, 'prompt.txt'), 'utf8');
    for (const action of agent().actions) expect(prompt).toMatch(new RegExp(`: ${action}[.,]`));
    expect(prompt).toContain('What you may conclude:');
    expect(prompt).toContain('What you must not conclude:');
    expect(prompt).toContain('Never a verdict on a person.');
    expect(prompt).toContain('Never make up a figure');
  });
});
