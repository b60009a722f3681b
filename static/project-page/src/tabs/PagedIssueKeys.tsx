/**
 * A long list of issue keys served a page at a time (src/forge/key-pages.ts): the keys the report
 * came with, and a button that asks for the next page (getMoreIssueKeys). The server checks each
 * page as the viewer, so a list of 20,000 stale items costs one request to Jira a page.
 * Its state belongs to one report: the Backlog tab keys it by the report's computedAt, so a new
 * report starts it over.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import type { ResolverDefs } from '../../../../src/shared/api';
import { callResolver } from '../../../shared/api';
import { IssueKeys } from '../../../shared/ui';

type Lists = ResolverDefs['getReport']['result']['keyLists'];

/** What a list needs to fetch its next pages: the board picked, and the report on the page. */
export interface KeyListSource {
  boardId: number | undefined;
  computedAt: string;
  lists: Lists;
}

export function PagedIssueKeys({ list, first, source }: { list: keyof Lists; first: string[]; source: KeyListSource }) {
  const { total } = source.lists[list];
  const [keys, setKeys] = useState(first);
  const [next, setNext] = useState(source.lists[list].next);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const showMore = async () => {
    if (next === null) return;
    setLoading(true);
    try {
      const board = source.boardId === undefined ? {} : { boardId: source.boardId };
      const answer = await callResolver('getMoreIssueKeys', { ...board, list, from: next, computedAt: source.computedAt });
      setKeys((shown) => [...shown, ...answer.keys]);
      setNext(answer.next);
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <IssueKeys keys={keys} limit={keys.length} />
      {next !== null ? (
        <Button appearance="subtle" onClick={() => void showMore()} isDisabled={loading} testId={`more-keys-${list}`}>
          {loading ? 'Loading more' : `Show more (${total - next} not listed yet)`}
        </Button>
      ) : null}
      {problem ? <span role="alert">{problem}</span> : null}
    </>
  );
}
