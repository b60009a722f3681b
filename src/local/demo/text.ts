/**
 * Plain-English text for demo issues: summaries, descriptions (Atlassian Document Format) and
 * sprint goals. Invented for this demo.
 */
import type { Random } from './random';

const FEATURES = [
  'password reset', 'order history', 'invoice download', 'team invitations', 'search filters', 'profile photo',
  'delivery tracking', 'gift cards', 'saved carts', 'two-step sign-in', 'price alerts', 'store locator',
  'return requests', 'loyalty points', 'newsletter preferences', 'shared wish lists', 'payment receipts',
  'appointment booking', 'address book', 'product reviews', 'support chat', 'data export', 'dark mode',
];
const STORY_VERBS = ['Let customers use', 'Show', 'Improve', 'Simplify', 'Add', 'Make it easier to find'];
const BUG_PHRASES = ['fails for long names', 'shows the wrong total', 'times out on slow networks', 'loses the last change', 'is cut off on small screens', 'sends two e-mails'];
const TECH_PHRASES = [
  'Upgrade the logging library', 'Remove the old payment adapter', 'Split the monolith build', 'Add tracing to checkout',
  'Replace the hand-made cache', 'Move secrets to the vault', 'Speed up the nightly tests', 'Retire the legacy API version',
  'Clean up feature toggles', 'Automate database backups', 'Upgrade the web framework', 'Refactor the pricing module',
];
const SPIKE_PHRASES = ['Explore options for', 'Find out the cost of', 'Try a prototype of'];

export type ItemKind = 'story' | 'bug' | 'task' | 'technical' | 'spike';

export function summaryFor(kind: ItemKind, random: Random): string {
  const feature = random.pick(FEATURES);
  switch (kind) {
    case 'story':
      return `${random.pick(STORY_VERBS)} ${feature}`;
    case 'bug':
      return `The ${feature} page ${random.pick(BUG_PHRASES)}`;
    case 'task':
      return `Prepare content for ${feature}`;
    case 'technical':
      return random.pick(TECH_PHRASES);
    case 'spike':
      return `${random.pick(SPIKE_PHRASES)} ${feature}`;
  }
}

export function subtaskSummary(index: number): string {
  return ['Design the screens', 'Build the service call', 'Write the tests', 'Update the help page'][index % 4];
}

type AdfNode = { type: string; attrs?: Record<string, unknown>; content?: AdfNode[]; text?: string };

function paragraph(text: string): AdfNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

/**
 * An ADF description: a short "why" paragraph; with `acceptanceCriteria`, an "Acceptance criteria"
 * heading and a bullet list; with `detailed`, a longer design note.
 */
export function descriptionFor(
  summary: string,
  options: { acceptanceCriteria: boolean; detailed: boolean },
  random: Random,
): { type: 'doc'; version: 1; content: AdfNode[] } {
  const content: AdfNode[] = [paragraph(`Why: people have asked for this ("${summary.toLowerCase()}") and it saves them time.`)];
  if (options.detailed) {
    content.push(
      paragraph('Design notes: the screens follow the current style guide; the service keeps the existing API and adds one call.'),
      paragraph('Open points: wording to be checked with support; tracking events to be agreed with analytics.'),
    );
  }
  if (options.acceptanceCriteria) {
    const checks = [
      'Given a signed-in customer, when they open the page, then they see the new option.',
      'The change works on phones and on desktop browsers.',
      'Support has a short note explaining the change.',
      'Errors are shown in plain words with a way to try again.',
    ];
    content.push(
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Acceptance criteria' }] },
      {
        type: 'bulletList',
        content: random.shuffle(checks).slice(0, random.int(2, 4)).map((text) => ({ type: 'listItem', content: [paragraph(text)] })),
      },
    );
  }
  return { type: 'doc', version: 1, content };
}

const GOALS = [
  'Customers can reset their password without calling support',
  'Checkout works smoothly on phones',
  'Shop staff can see every open return in one place',
  'New users finish sign-up in under two minutes',
  'Invoices can be downloaded for the last year',
  'Search gives useful results for misspelt words',
  'Delivery updates reach customers by e-mail and text',
  'Loyalty points show up right after a purchase',
  'The help centre answers the ten most common questions',
  'Teams can invite colleagues and share wish lists',
];

export function goalFor(sprintIndex: number, random: Random): string {
  return GOALS[(sprintIndex + random.int(0, GOALS.length - 1)) % GOALS.length];
}
