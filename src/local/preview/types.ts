/** Types of the local preview: the backend it routes `invoke` to and the simulated people and projects. */
import type { CallContext } from '../../forge/types';
import type { DemoSprints } from './demo-sprints';

/** Answers resolver calls like Forge would: data or an `{ error }` value. */
export interface PreviewBackend {
  invoke(functionKey: string, payload: unknown, ctx: CallContext): Promise<unknown>;
}

/** A simulated viewer. `alias` is what the preview URL names (?user=admin). */
export interface PreviewUser {
  alias: string;
  accountId: string;
  label: string;
}

/** A gadget on the preview's dashboard, with the configuration it starts with (its edit view changes it). */
export interface PreviewGadget {
  id: string;
  title: string;
  configuration: { projectKeys: string[] } | null;
}

export interface PreviewOptions {
  backend: PreviewBackend;
  projects: { key: string; name: string }[];
  /** The first user is the default. Unknown ?user= values are taken as account ids. */
  users: PreviewUser[];
  /** Base URL of the Jira site (emulator or real) that issue links open; null = links are recorded only. */
  siteUrl?: string | null;
  /** Folder holding project-page/build and portfolio/build; default: static/ of this repo. */
  staticRoot?: string;
  /** Default 0: any free port. */
  port?: number;
  /** The gadgets of the preview's dashboard; default none. */
  gadgets?: PreviewGadget[];
  /** Issues the issue page offers to open (any other key can be typed); default none. */
  issues?: { key: string; summary: string }[];
  /** The demo site only: its bar can then close a project's running sprint and start the next (demo-sprints.ts). */
  demoSprints?: DemoSprints;
}

export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}
