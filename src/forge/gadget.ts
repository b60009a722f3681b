/**
 * A dashboard gadget's call (getGadget), run by the resolver table with no project gate, as the
 * portfolio is: the projects come from the configuration Jira stores with the gadget (the call's
 * Forge context, never the payload), and only those Jira lists to the viewer as projects they may
 * browse are shown, each as its portfolio row. Of the others nothing is said but how many there are.
 */
import Ajv from 'ajv';
import type { ResolverDefs } from '../shared/api';
import { GadgetConfigurationSchema } from '../shared/resolver-contracts';
import { rowsFromRecords } from './portfolio-records';
import type { ResolverCall } from './types';

type Defs = ResolverDefs;

const configurationCheck = new Ajv({ strict: true }).compile(GadgetConfigurationSchema);

/** The configured project keys, or null when the gadget has not been set up (or its configuration is not one the edit view writes). */
export function configuredProjects(configuration: unknown): string[] | null {
  return configurationCheck(configuration) ? [...(configuration as { projectKeys: string[] }).projectKeys] : null;
}

export async function gadget(_payload: Defs['getGadget']['payload'], c: ResolverCall): Promise<Defs['getGadget']['result']> {
  const wanted = configuredProjects(c.ctx.gadgetConfiguration);
  if (wanted === null) return { configured: false, rows: [], hidden: 0 };
  const browsable = new Map((await c.deps.jiraAsUser(c.ctx).listProjects()).map((project) => [project.key, project]));
  const shown = wanted.flatMap((key) => {
    const project = browsable.get(key);
    return project ? [project] : [];
  });
  return { configured: true, rows: (await rowsFromRecords(c, shown)).rows, hidden: wanted.length - shown.length };
}
