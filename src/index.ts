/**
 * The Forge entry: exports exactly the handlers manifest.yml names. Nothing from src/local is
 * imported here, so none of it is bundled into the Forge app.
 */
import { coachAction } from './forge/coach-binding';

export { handler, consumer, nightly, sprintEvents, ledgerConsumer } from './forge/resolvers';

/** The coach's actions (manifest: `action` modules, each with its function). */
export const coachHealthSummary = coachAction('coachHealthSummary');
export const coachSignalEvidence = coachAction('coachSignalEvidence');
export const coachItemsNotReady = coachAction('coachItemsNotReady');
export const coachSprintReport = coachAction('coachSprintReport');
