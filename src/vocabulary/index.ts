/**
 * One vocabulary for what people read: numbers, units, dates, windows, health words, severities,
 * names, the names of the report's figures and the issue view's advice, and the safety of text that leaves the app (CSV
 * fields, bidirectional controls). Used by the signals' sentences, the report's formatters, the CLI,
 * the exports and the pages, so that a figure reads the same on every surface.
 */
export * from './numbers';
export * from './severity';
export * from './units';
export * from './dates';
export * from './windows';
export * from './health';
export * from './score';
export * from './names';
export * from './figures';
export * from './sprint-words';
export * from './plain-text';
export * from './csv';
export * from './issue-view';
export * from './refresh-steps';
