/**
 * What Jira keeps with each gadget of the preview's dashboard: the configuration its edit view last
 * submitted (view.submit), given back in the context of the gadget's calls, as Jira gives
 * `extension.gadgetConfiguration`. In memory, for as long as the preview runs.
 */
import type { PreviewGadget } from './types';

/** A configuration is a small JSON object, as Jira stores one. */
const MAX_CONFIGURATION_CHARS = 10_000;

export class GadgetConfigurations {
  private readonly saved = new Map<string, unknown>();

  constructor(readonly gadgets: readonly PreviewGadget[]) {
    for (const gadget of gadgets) if (gadget.configuration) this.saved.set(gadget.id, structuredClone(gadget.configuration));
  }

  /** The gadget's configuration; undefined for a gadget not configured yet, or not on the dashboard. */
  get(gadgetId: unknown): unknown {
    return typeof gadgetId === 'string' ? structuredClone(this.saved.get(gadgetId)) : undefined;
  }

  /** Keeps a configuration as the gadget's; the reason when it is refused. */
  submit(gadgetId: unknown, configuration: unknown): string | null {
    if (typeof gadgetId !== 'string' || !this.gadgets.some((g) => g.id === gadgetId)) return 'There is no such gadget on the preview dashboard.';
    if (typeof configuration !== 'object' || configuration === null || Array.isArray(configuration)) return 'A gadget configuration is a JSON object.';
    if (JSON.stringify(configuration).length > MAX_CONFIGURATION_CHARS) return 'The gadget configuration is too large.';
    this.saved.set(gadgetId, structuredClone(configuration));
    return null;
  }
}
