/** The Jira Cloud emulator: serves a Workspace over HTTP with Jira's shapes, paging and limits. */
export { startEmulator, type Emulator, type EmulatorOptions } from './server';
export type { FaultSettings } from './faults';
export type { EmulatorStats, RequestLogEntry } from './stats';
export { basicAuthHeader } from './auth';
export type { ProductEvent } from './sprint-writes';
export { DEMO_FAULTS_VARIABLE, demoFaultsFromEnv, describeDemoFaults, type DemoFaults } from './faults-from-env';
