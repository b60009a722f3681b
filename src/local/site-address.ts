/**
 * JIRA_BASE_URL, read once for the CLI and `npm start`: the address of the site alone. A user name or
 * password written into it (`https://me:secret@site`) is refused without repeating any of it, since
 * the address is printed in messages and shown to the preview's pages; credentials belong in
 * JIRA_EMAIL and JIRA_API_TOKEN (docs/security.md).
 */

const EXAMPLE = 'https://your-team.atlassian.net';

/** The site's address without a trailing slash; throws an Error in plain words (never quoting the value) when it is not one. */
export function siteAddress(value: string): string {
  const address = value.trim().replace(/\/+$/, '');
  let url: URL | null;
  try {
    url = new URL(address);
  } catch {
    url = null;
  }
  if (url === null || !/^https?:$/.test(url.protocol) || url.host === '' || /\s/.test(address)) {
    throw new Error(`JIRA_BASE_URL must be the address of the site, e.g. ${EXAMPLE}.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new Error(
      `JIRA_BASE_URL holds a user name or password, so it was not used (and is not shown here). Give the address alone, e.g. ${EXAMPLE}, and the credentials in JIRA_EMAIL and JIRA_API_TOKEN.`,
    );
  }
  return address;
}
