/**
 * The dashboard gadget, one build for both of Jira's views of it: the gadget itself, and its edit view
 * (Forge's context says which: `extension.entryPoint` is "edit" there).
 */
import { useEffect, useState } from 'react';
import { view } from '@forge/bridge';
import { ErrorState, LoadingState } from '../../shared/ui';
import { GadgetEdit } from './GadgetEdit';
import { GadgetView } from './GadgetView';

interface GadgetContext {
  extension?: { entryPoint?: string; gadgetConfiguration?: { projectKeys?: unknown } };
}

export function GadgetApp() {
  const [context, setContext] = useState<GadgetContext | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    view.getContext().then(
      (found) => setContext(found as GadgetContext),
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  }, []);
  if (problem) return <ErrorState title="The gadget could not start" message={problem} />;
  if (!context) return <LoadingState label="Loading the gadget" />;
  if (context.extension?.entryPoint === 'edit') {
    const chosen = context.extension.gadgetConfiguration?.projectKeys;
    return <GadgetEdit chosen={Array.isArray(chosen) ? chosen.filter((key): key is string => typeof key === 'string') : []} />;
  }
  return <GadgetView />;
}
