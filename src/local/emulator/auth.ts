/** Basic auth (email:apiToken) against the workspace's users. */
import type { WsUser, Workspace } from '../workspace';

/** The user whose email and API token match the Authorization header, or null. */
export function userFromBasicAuth(header: string | undefined, workspace: Workspace): WsUser | null {
  if (!header) return null;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const email = decoded.slice(0, colon).toLowerCase();
  const token = decoded.slice(colon + 1);
  const user = workspace.users.find((u) => u.emailAddress.toLowerCase() === email && u.apiToken === token);
  return user && user.active ? user : null;
}

/** Who acts when auth is off and no valid credentials came: the first user, or a stand-in. */
export function standInUser(workspace: Workspace): WsUser {
  return (
    workspace.users[0] ?? {
      accountId: 'emulator-anonymous',
      displayName: 'Emulator user',
      emailAddress: 'emulator@example.invalid',
      active: true,
      apiToken: '',
    }
  );
}

/** The header value a client sends for a user: "Basic base64(email:token)". */
export function basicAuthHeader(email: string, apiToken: string): string {
  return `Basic ${Buffer.from(`${email}:${apiToken}`, 'utf8').toString('base64')}`;
}
