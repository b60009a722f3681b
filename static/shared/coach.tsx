/**
 * "Ask the coach": opens the app's Rovo agent (manifest.yml, `rovo:agent` backlog-health-coach) with
 * a signal as the prompt, through the bridge's `rovo.open`. Shown only where the bridge says Rovo is
 * enabled on the site (`rovo.isEnabled`); where it is not, or the bridge cannot tell, nothing is
 * shown and nothing breaks.
 */
import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import { rovo } from '@forge/bridge';
import { COACH_AGENT, coachPrompt } from './coach-agent';

let enabled: Promise<boolean> | null = null;

/** Whether Rovo is enabled on this site, asked of the bridge once per page. */
export function rovoEnabled(): Promise<boolean> {
  enabled ??= rovo.isEnabled().then((answer) => answer === true, () => false);
  return enabled;
}

export function AskTheCoach({ projectKey, signalTitle }: { projectKey: string; signalTitle: string }) {
  const [available, setAvailable] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    void rovoEnabled().then((answer) => {
      if (current) setAvailable(answer);
    });
    return () => {
      current = false;
    };
  }, []);
  if (!available) return null;
  const ask = () =>
    rovo.open({ type: 'forge', agentKey: COACH_AGENT.key, agentName: COACH_AGENT.name, prompt: coachPrompt(projectKey, signalTitle) }).catch(() => setFailed(true));
  return (
    <span className="row">
      <Button appearance="subtle" onClick={() => void ask()} aria-label={`Ask the coach about "${signalTitle}"`}>
        Ask the coach
      </Button>
      {failed ? <span className="muted" role="status">The coach could not be opened here.</span> : null}
    </span>
  );
}
