/** Follow the host's light or dark theme. In Jira (and the preview) the bridge sets data-color-mode on <html>. */
import { view } from '@forge/bridge';

export async function followHostTheme(): Promise<void> {
  try {
    await view.theme.enable();
  } catch {
    // Without a host theme the page stays light: the tokens' light values apply.
    document.documentElement.setAttribute('data-color-mode', 'light');
  }
}
