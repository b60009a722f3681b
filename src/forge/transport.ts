/**
 * A Transport over Forge's product fetch: `api.asUser()` (the viewer's permissions) or
 * `api.asApp()` (the app user, for triggers and queue consumers). Paths go through the `route`
 * tagged template, which refuses path manipulation in interpolated values; the query string is
 * built with URLSearchParams and inserted into the route the same safe way.
 */
import api, { route } from '@forge/api';
import { errorShape } from '../jira/error-shapes';
import { TransportError, decodedPieces, describeRequest, isAsyncIterable, responseBody, queryParams, streams } from '../jira/transport';
import type { JiraRequest, JiraResponse, Transport } from '../jira/transport';

export type ForgeAuthMode = 'user' | 'app';

/**
 * The route for a request. Each path segment is interpolated separately, so `route` checks every
 * one (a segment holding "/", "..", "?" or "#" is refused rather than sent).
 */
export function buildRoute(req: JiraRequest): ReturnType<typeof route> {
  if (!req.path.startsWith('/')) throw new Error(`Jira paths start with "/": got "${req.path}".`);
  const segments = req.path.slice(1).split('/');
  const strings = ['/', ...segments.slice(1).map(() => '/'), ''];
  const params = queryParams(req.query);
  if ([...params.keys()].length > 0) strings[strings.length - 1] = '?';
  const values: (string | URLSearchParams)[] = [...segments];
  if ([...params.keys()].length > 0) {
    strings.push('');
    values.push(params);
  }
  const template = Object.assign([...strings], { raw: [...strings] }) as unknown as TemplateStringsArray;
  return route(template, ...values);
}

export function createForgeTransport(mode: ForgeAuthMode): Transport {
  return {
    async send(req: JiraRequest): Promise<JiraResponse> {
      const endpoint = describeRequest(req);
      const requester = mode === 'user' ? api.asUser() : api.asApp();
      const route = buildRoute(req);
      let response: Awaited<ReturnType<typeof requester.requestJira>>;
      let text: string;
      try {
        response = await requester.requestJira(route, {
          method: req.method,
          headers: { Accept: 'application/json', ...(req.body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
          body: req.body === undefined ? undefined : JSON.stringify(req.body),
        });
      } catch (error) {
        // By shape, not instanceof: an error of another realm is still the same error (error-shapes.ts).
        const name = errorShape(error)?.name ?? 'Error';
        // The user must grant the app access first: Forge handles this error itself, so pass it on.
        if (name === 'NEEDS_AUTHENTICATION_ERR') throw error;
        throw new TransportError('network', endpoint, `Forge could not send ${endpoint} to Jira (${name}).`);
      }
      // The body streams in after the status: a connection lost meanwhile is a network fault (retried), not a bug.
      const lost = (error: unknown): TransportError => {
        const name = errorShape(error)?.name ?? 'Error';
        return new TransportError('network', endpoint, `Forge lost Jira's answer to ${endpoint} while reading it (${name}).`, response.status);
      };
      const headers: Record<string, string> = {};
      response.headers.forEach((value: string, name: string) => {
        headers[name.toLowerCase()] = value;
      });
      // @forge/api types its answer without `body`; Forge's runtime answers with a fetch Response, whose body streams.
      const bytes = (response as unknown as { body?: unknown }).body;
      if (streams(req, response.status) && isAsyncIterable(bytes)) {
        return { status: response.status, headers, body: decodedPieces(bytes as AsyncIterable<Uint8Array>, lost, () => undefined) };
      }
      try {
        text = await response.text();
      } catch (error) {
        throw lost(error);
      }
      return { status: response.status, headers, body: responseBody(req, text, endpoint, response.status) };
    },
  };
}
