/**
 * One vocabulary for what people read: numbers, severities and (as they move here) health words,
 * units, dates and windows. Used by the signals' sentences, the report's formatters, the CLI, the
 * exports and the pages, so that a figure reads the same on every surface.
 */
export * from './numbers';
export * from './severity';
