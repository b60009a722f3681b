/** The local preview: serves the Custom UI builds and routes `invoke` to the app's resolvers. */
export { startPreview, APP_CSP, resolveUser } from './server';
export { createInProcessQueue, type InProcessQueue } from './queue';
export { createEngineBackend } from './engine-backend';
export type { PreviewBackend, PreviewGadget, PreviewOptions, PreviewServer, PreviewUser } from './types';
