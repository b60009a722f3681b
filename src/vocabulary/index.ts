/**
 * One vocabulary for what people read: numbers, units, dates, windows, health words, severities
 * and names. Used by the signals' sentences, the report's formatters, the CLI, the exports and the
 * pages, so that a figure reads the same on every surface.
 */
export * from './numbers';
export * from './severity';
export * from './units';
export * from './dates';
export * from './windows';
export * from './health';
export * from './names';
export * from './issue-view';
