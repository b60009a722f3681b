/**
 * manifest.yml, checked offline: Forge's own schema validation, every handler exported by
 * src/index.ts, every resource folder built, and the scopes exactly those the Jira client needs.
 * The UI build folders must exist (`npm test` builds the UI before jest).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { JIRA_ENDPOINTS, requiredScopes } from '../../src/jira/endpoints';

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

interface ManifestShape {
  modules: Record<string, { key: string; handler?: string; function?: string; resource?: string; resolver?: { function: string } }[]>;
  resources: { key: string; path: string }[];
  permissions: { scopes: string[]; content?: { styles?: string[] } };
  app: { id: string; runtime: { name: string } };
}

let manifest: ManifestShape;

beforeAll(async () => {
  // Full validation compiles Forge's 2 MB schema: slow on a shared machine.
  const { validate } = require('@forge/manifest') as typeof import('@forge/manifest');
  const missing = ['static/project-page/build', 'static/portfolio/build'].filter((dir) => !existsSync(path.join(ROOT, dir, 'index.html')));
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

  it('names only handlers that src/index.ts exports, as functions', () => {
    const entry = require('../../src/index') as Record<string, unknown>;
    const handlers = manifest.modules.function.map((f) => f.handler as string);
    expect(handlers.sort()).toEqual(['index.consumer', 'index.handler', 'index.nightly']);
    for (const handler of handlers) {
      const [file, exported] = handler.split('.');
      expect(file).toBe('index');
      expect(typeof entry[exported]).toBe('function');
    }
  });

  it('points every module at a declared function and resource', () => {
    const functions = new Set(manifest.modules.function.map((f) => f.key));
    const resources = new Set(manifest.resources.map((r) => r.key));
    for (const page of [...manifest.modules['jira:projectPage'], ...manifest.modules['jira:globalPage']]) {
      expect(resources.has(page.resource as string)).toBe(true);
      expect(functions.has(page.resolver?.function as string)).toBe(true);
    }
    for (const module of [...manifest.modules.scheduledTrigger, ...manifest.modules.consumer]) {
      expect(functions.has(module.function as string)).toBe(true);
    }
    expect(manifest.modules.consumer[0]).toMatchObject({ queue: 'refresh-queue' });
    expect(manifest.modules.scheduledTrigger[0]).toMatchObject({ interval: 'day' });
  });

  it('has a built index.html in every resource folder', () => {
    for (const resource of manifest.resources) {
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

  it('asks for no egress and no UI Kit 1', () => {
    expect(manifest.permissions).not.toHaveProperty('external');
    expect(manifest.permissions.content?.styles).toEqual(['unsafe-inline']);
    expect(JSON.stringify(manifest)).not.toMatch(/"function":\s*"[^"]+",\s*"title"/);
  });
});
