/**
 * The layering of docs/architecture.md, enforced: the pure layers (analysis, signals, report, coach, domain,
 * vocabulary) import nothing from the shells or the Jira layer (jira, forge, local, storage), no
 * Forge package and no Node built-in, and read no clock: "now" is passed in. The checker reads each
 * file's syntax tree (TypeScript's parser), so comments and strings do not count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const PURE_LAYERS = ['src/analysis', 'src/signals', 'src/report', 'src/coach', 'src/domain', 'src/vocabulary'];
const SHELLS = ['src/jira', 'src/forge', 'src/local', 'src/storage'];
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** What a module may not import, or null when it may. */
function forbiddenImport(file: string, specifier: string): string | null {
  if (specifier.startsWith('.')) {
    const target = path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), specifier)).split(path.sep).join('/');
    const shell = SHELLS.find((dir) => target === dir || target.startsWith(`${dir}/`));
    return shell ? `imports ${specifier} from ${shell}` : null;
  }
  if (specifier.startsWith('@forge/')) return `imports the Forge package ${specifier}`;
  if (NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0])) return `imports the Node built-in ${specifier}`;
  return null;
}

/** Every layering problem of one source file: forbidden imports, and reads of the clock. */
function layeringProblems(file: string, source: string): string[] {
  const problems: string[] = [];
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const where = (node: ts.Node) => `${file}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const checkSpecifier = (node: ts.Node, specifier: ts.Expression | undefined) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    const problem = forbiddenImport(file, specifier.text);
    if (problem) problems.push(`${where(node)} ${problem}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) checkSpecifier(node, node.moduleSpecifier);
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) checkSpecifier(node, node.moduleReference.expression);
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) checkSpecifier(node, node.arguments[0]);
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'Date' && callee.name.text === 'now') {
        problems.push(`${where(node)} reads the clock (Date.now())`);
      }
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && (node.arguments?.length ?? 0) === 0) {
      problems.push(`${where(node)} reads the clock (new Date() without an argument)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

describe('the layering of docs/architecture.md', () => {
  it('holds in every file of the pure layers', () => {
    const files = PURE_LAYERS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => layeringProblems(file, readFileSync(path.join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('catches a planted violation of each kind', () => {
    const planted = [
      "import { JiraClient } from '../../jira/client';",
      "export { ProjectStores } from '../../storage/project-stores';",
      "import type { App } from '../../forge/app';",
      "const cli = require('../../local/cli');",
      "const later = import('../../../src/local/start');",
      "import { kvs } from '@forge/kvs';",
      "import { readFileSync } from 'node:fs';",
      "import { writeFile } from 'fs/promises';",
      'const today = new Date();',
      'const stamp = Date.now();',
    ].join('\n');
    expect(layeringProblems('src/signals/backlog/planted.ts', planted)).toEqual([
      'src/signals/backlog/planted.ts:1 imports ../../jira/client from src/jira',
      'src/signals/backlog/planted.ts:2 imports ../../storage/project-stores from src/storage',
      'src/signals/backlog/planted.ts:3 imports ../../forge/app from src/forge',
      'src/signals/backlog/planted.ts:4 imports ../../local/cli from src/local',
      'src/signals/backlog/planted.ts:5 imports ../../../src/local/start from src/local',
      'src/signals/backlog/planted.ts:6 imports the Forge package @forge/kvs',
      'src/signals/backlog/planted.ts:7 imports the Node built-in node:fs',
      'src/signals/backlog/planted.ts:8 imports the Node built-in fs/promises',
      'src/signals/backlog/planted.ts:9 reads the clock (new Date() without an argument)',
      'src/signals/backlog/planted.ts:10 reads the clock (Date.now())',
    ]);
  });

  it('lets pure code name dates, read libraries and import its own layers', () => {
    const fine = [
      "import type { Report } from '../../domain/report';",
      "import { percent } from '../../vocabulary';",
      "import { sprintRules } from '../../signals/sprints';",
      "import { local } from './local/cli';",
      "import Ajv from 'ajv';",
      "const at = new Date('2026-01-05T10:00:00.000Z');",
      "// Date.now() and new Date() in a comment, and '../jira/client' in a string, are not code",
      "const text = 'new Date()';",
    ].join('\n');
    expect(layeringProblems('src/report/format/fine.ts', fine)).toEqual([]);
  });
});
