/** What every endpoint handler receives, and what it answers. */
import type { WsUser } from '../../workspace';
import type { WorkspaceIndex } from '../store';
import type { ProductEvent } from '../sprint-writes';

export interface HandlerContext {
  index: WorkspaceIndex;
  /** The caller (the authenticated user, or the stand-in user when auth is off). */
  user: WsUser;
  /** Upper-case project keys the caller may browse. */
  browsable: Set<string>;
  /** Base URL of the emulator, without a trailing slash, for `self` links. */
  baseUrl: string;
  query: URLSearchParams;
  /** Parsed JSON body (POST), or undefined. */
  body: unknown;
  /** Path parameters, e.g. { boardId: "7" }. */
  params: Record<string, string>;
  nowMs: number;
  /** For the endpoints that change the site: after a change, the site is indexed again and the events are sent. */
  writes?: { changed(events: ProductEvent[]): void };
}

export interface HandlerResult {
  status?: number;
  body: unknown;
}

export type Handler = (ctx: HandlerContext) => HandlerResult;
