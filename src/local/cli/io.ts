/**
 * Where the CLI writes and what it reads from its surroundings, injectable for tests.
 * Every write goes through a redactor: the API token from the environment can never reach the
 * terminal, a log or an output file, even if some message were to quote it.
 */

export interface TextSink {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  env: Record<string, string | undefined>;
}

/** Replaces every occurrence of each secret (4 characters or longer) with "[hidden]". */
export function makeRedactor(secrets: (string | undefined)[]): (text: string) => string {
  const hidden = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4);
  if (hidden.length === 0) return (text) => text;
  return (text) => hidden.reduce((out, secret) => out.split(secret).join('[hidden]'), text);
}

export function redactingSink(sink: TextSink, redact: (text: string) => string): TextSink {
  return { write: (text: string) => sink.write(redact(text)) };
}
