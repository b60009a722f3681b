/**
 * The Forge entry: exports exactly the handlers manifest.yml names. Nothing from src/local is
 * imported here, so none of it is bundled into the Forge app.
 */
export { handler, consumer, nightly, sprintEvents, ledgerConsumer } from './forge/resolvers';
