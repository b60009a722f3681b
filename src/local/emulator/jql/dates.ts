/**
 * JQL date values: "yyyy-MM-dd", "yyyy/MM/dd", either with " HH:mm", and relative periods such as
 * "-7d", "-2w", "-4h", "-30m" (counted back from `now`). Times are read as UTC: the emulator's
 * users all live in UTC. A date without a time means midnight at the start of that day, as in Jira.
 */

const ABSOLUTE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const RELATIVE = /^([-+]?)(\d+)([wdhm])$/;
const UNIT_MS: Record<string, number> = { w: 7 * 86_400_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

/** Epoch ms of a JQL date value, or null when it is not one of the accepted forms. */
export function parseJqlDate(text: string, nowMs: number): number | null {
  const value = text.trim();
  const absolute = ABSOLUTE.exec(value);
  if (absolute) {
    const [, y, mo, d, h, mi] = absolute;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = h === undefined ? 0 : Number(h);
    const minute = mi === undefined ? 0 : Number(mi);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
    const ms = Date.UTC(year, month - 1, day, hour, minute);
    // Reject days that roll over into the next month (2024-02-31).
    if (new Date(ms).getUTCDate() !== day) return null;
    return ms;
  }
  const relative = RELATIVE.exec(value);
  if (relative) {
    const [, sign, amount, unit] = relative;
    const offset = Number(amount) * UNIT_MS[unit];
    return sign === '-' ? nowMs - offset : nowMs + offset;
  }
  return null;
}
