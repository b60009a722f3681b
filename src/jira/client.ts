/** JiraClient: every Jira call the app makes (work in progress). */
import type { Board } from '../domain/types';
import type { Transport } from './transport';

export class JiraClient {
  constructor(private readonly transport: Transport) {}

  async getBoardsForProject(projectKey: string): Promise<Board[]> {
    void this.transport;
    throw new Error(`getBoardsForProject(${projectKey}) is not written yet`);
  }
}
