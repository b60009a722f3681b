/** A preview backend over the Forge app's own resolver handlers (createApp in src/forge/app.ts). */
import type { App } from '../../forge/types';
import type { PreviewBackend } from './types';

export function createEngineBackend(app: Pick<App, 'resolvers'>): PreviewBackend {
  return {
    async invoke(functionKey, payload, ctx) {
      const resolver = (app.resolvers as Record<string, App['resolvers'][keyof App['resolvers']]>)[functionKey];
      if (!resolver) return { error: { code: 'not-found', message: `There is no resolver called "${functionKey}".` } };
      return resolver(payload, ctx);
    },
  };
}
