// The call's identity over LSP: a fictional call whose period cannot be read is reported uncertain
// and nothing in it is judged; once its company and period are set by hand (the notification the
// extension sends), it has them and its guidance is judged against its actual.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CALL_IDENTITY_NOTIFICATION, CALL_INFO_REQUEST, type CallInfo } from '../../shared/protocol';
import { startServer, until } from './lspClient';
import type { TestServer } from './lspClient';

// Fictional: no quarter or year anywhere in it.
const CALL = `Brindle Optics Earnings Call

Operator

Good day and welcome to the Brindle Optics earnings call. This call is fictional.

Mara Quill - Brindle Optics - CFO

Thank you. When we last spoke we guided revenue for the quarter of $40 million to $42 million. Revenue for the quarter was $44.1 million, above that range.

Operator

Our first question comes from Teo Vance of Larch Capital.

Teo Vance - Larch Capital - Analyst

What drove the quarter?

Mara Quill - Brindle Optics - CFO

Demand for lenses.

Teo Vance - Larch Capital - Analyst

Thank you.

Operator

Our next question comes from Ida Moss of Fenwick Partners.

Ida Moss - Fenwick Partners - Analyst

How are margins?

Mara Quill - Brindle Optics - CFO

Steady.

Ida Moss - Fenwick Partners - Analyst

Thanks.

Operator

This concludes the call.
`;

describe('call identity over LSP', () => {
  let server: TestServer;
  const uri = 'file:///calls/brindle-optics.txt';
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  const info = () => server.connection.sendRequest<CallInfo | null>(CALL_INFO_REQUEST, { uri, line: 0 });
  const codes = () => (server.diagnostics.get(uri)?.diagnostics ?? []).map((d) => d.code);

  it('reports a call with no readable period as uncertain, and judges nothing in it', async () => {
    server.open(uri, CALL);
    const first = await until(info, 'call info');
    assert.equal(first?.period, null);
    assert.equal(first?.uncertain, true);
    assert.ok(
      first?.reasons.some((r) => /period/i.test(r)),
      first?.reasons.join(' '),
    );
    assert.equal(first?.turns, 11);
    assert.equal(first?.calls, 1);
    await until(() => server.diagnostics.get(uri), 'diagnostics');
    assert.deepEqual(codes(), []);
  });

  it('after the identity notification, has its period and judges its guidance against its actual', async () => {
    await server.connection.sendNotification(CALL_IDENTITY_NOTIFICATION, { uri, company: 'Brindle Optics', ticker: null, period: 'q3 2031' });
    const set = await until(async () => {
      const i = await info();
      return i?.period ? i : undefined;
    }, 'the period set');
    assert.equal(set.period, 'Q3 2031');
    assert.equal(set.company, 'Brindle Optics');
    assert.equal(set.uncertain, false, set.reasons.join(' '));
    await until(() => (codes().includes('guidance.beat') ? true : undefined), 'guidance.beat published');
  });

  it('cleared, the call is back to what the reader found', async () => {
    await server.connection.sendNotification(CALL_IDENTITY_NOTIFICATION, { uri, company: null, ticker: null, period: null });
    await until(async () => ((await info())?.period === null ? true : undefined), 'the period cleared');
    await until(() => (codes().length === 0 ? true : undefined), 'the judgement withdrawn');
  });
});
