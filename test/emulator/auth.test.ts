import type { Emulator } from '../../src/local/emulator';
import { basicAuthHeader } from '../../src/local/emulator';
import { call, start } from './helpers';

describe('Basic auth', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await start();
  });
  afterAll(() => emulator.stop());

  test('no credentials, a wrong token, an unknown email or an inactive user answer 401', async () => {
    expect((await call(emulator, '/rest/api/3/myself', { as: null })).status).toBe(401);
    for (const header of [basicAuthHeader('alice@example.com', 'wrong'), basicAuthHeader('nobody@example.com', 'tok-alice'), basicAuthHeader('carol@example.com', 'tok-carol'), 'Bearer tok-alice', 'Basic ###']) {
      const reply = await call(emulator, '/rest/api/3/myself', { as: null, headers: { Authorization: header } });
      expect(reply.status).toBe(401);
      expect(reply.json.errorMessages).toHaveLength(1);
    }
  });

  test('the email is matched without regard to case', async () => {
    const reply = await call(emulator, '/rest/api/3/myself', { as: null, headers: { Authorization: basicAuthHeader('ALICE@example.com', 'tok-alice') } });
    expect(reply.json.accountId).toBe('acc-alice');
  });

  test('unknown paths need credentials too', async () => {
    expect((await call(emulator, '/rest/api/3/whatever', { as: null })).status).toBe(401);
  });
});

describe('auth: false', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await start({ auth: false });
  });
  afterAll(() => emulator.stop());

  test('without credentials the first user acts; valid credentials still choose the user', async () => {
    expect((await call(emulator, '/rest/api/3/myself', { as: null })).json.accountId).toBe('acc-alice');
    expect((await call(emulator, '/rest/api/3/myself', { as: 'bob' })).json.accountId).toBe('acc-bob');
    const bobBoards = await call(emulator, '/rest/agile/1.0/board', { as: 'bob' });
    expect(bobBoards.json.total).toBe(1);
  });
});
