/** Jest: TypeScript through @swc/jest (type checking is `npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  // Pages rendered to HTML in tests (react-dom/server) import Atlaskit's stylesheets; they are nothing here.
  moduleNameMapper: { '\\.css$': '<rootDir>/test/support/style-module.ts' },
  testTimeout: 30000,
  // Browser tests start servers and Chromium: give them room, and never run two at once on 2 cores.
  maxWorkers: 2,
};
