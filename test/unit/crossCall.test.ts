import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { companyKey, judgeAcross, type CallLedger, type CallId } from '../../server/src/core/ledger/crossCall';
import { DEFAULT_TOLERANCE, type Judgement } from '../../server/src/core/ledger/judge';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { defaultDiagnosticSettings, toDiagnostics } from '../../server/src/core/features/diagnostics';
import { judgementMessage } from '../../server/src/core/features/judgementText';
import { buildLedger } from '../../server/src/core/ledger/ledger';
import { WorkspaceIndex, type CallSource, type FileFacts } from '../../server/src/service/workspaceIndex';
import { figuresIn, type FigureSpec } from './ledgerFixtures';
import { period as periodOf } from './periodLabels';

// Fictional calls of Contoso Robotics, and one of another company.
interface FakeCall {
  id: CallId;
  text: string;
  specs: FigureSpec[];
}

const Q1: FakeCall = {
  id: { ticker: 'CTSO', company: companyKey('Contoso Robotics, Inc.'), period: periodOf('Q1 2031'), date: '2031-04-20' },
  text: [
    'Revenue for the first quarter was $200 million.',
    'For the second quarter we expect revenue to increase 10% sequentially, plus or minus 2%, and gross margin of about 40%.',
    'For the third quarter we see gross margin of about 42%.',
  ].join('\n'),
  specs: [
    { text: '$200 million', metric: 'revenue', period: 'Q1 2031', basis: 'actual', value: 200e6, unit: 'USD' },
    { text: '10% sequentially, plus or minus 2%', metric: 'revenue', period: 'Q2 2031', basis: 'guidance', value: 10, low: 8, high: 12, unit: '%' },
    { text: 'about 40%', metric: 'gross margin', period: 'Q2 2031', basis: 'guidance', value: 40, unit: '%', approx: 'about' },
    { text: 'about 42%', metric: 'gross margin', period: 'Q3 2031', basis: 'guidance', value: 42, unit: '%', approx: 'about' },
  ],
};

function q2(revenue: string, value: number): FakeCall {
  return {
    id: { ticker: null, company: companyKey('CONTOSO ROBOTICS INC'), period: periodOf('Q2 2031'), date: '2031-07-19' },
    text: `Second-quarter revenue was ${revenue}. Gross margin was 39.5%.\nFor the third quarter we expect gross margin of about 41%.`,
    specs: [
      { text: revenue, metric: 'revenue', period: 'Q2 2031', basis: 'actual', value, unit: 'USD' },
      { text: '39.5%', metric: 'gross margin', period: 'Q2 2031', basis: 'actual', value: 39.5, unit: '%' },
      { text: 'about 41%', metric: 'gross margin', period: 'Q3 2031', basis: 'guidance', value: 41, unit: '%', approx: 'about' },
    ],
  };
}

const OTHER: FakeCall = {
  id: { ticker: 'FABK', company: companyKey('Fabrikam Ltd'), period: periodOf('Q2 2031'), date: '2031-07-01' },
  text: 'Revenue was $100 million.',
  specs: [{ text: '$100 million', metric: 'revenue', period: 'Q2 2031', basis: 'actual', value: 100e6, unit: 'USD' }],
};

class FakeSource implements CallSource {
  loads = 0;
  constructor(readonly files: Map<string, FakeCall>) {}
  async identify(uri: string): Promise<FileFacts | null> {
    const id = this.files.get(uri)?.id;
    return id ? { id, people: null } : null;
  }
  async load(uri: string): Promise<CallLedger | null> {
    const call = this.files.get(uri);
    if (!call) return null;
    this.loads++;
    const { lines, figures } = figuresIn(call.text, call.specs);
    return { ...call.id, uri, lines: buildLedger(figures, lines, null).lines };
  }
}

function show(js: Judgement[]): string[] {
  return js.map((j) => `${j.code} ${j.subject.statement.figure.text} → ${j.reference.uri ?? 'here'}: ${judgementMessage(j)}`).sort();
}

async function indexOf(files: Record<string, FakeCall>): Promise<{ index: WorkspaceIndex; source: FakeSource }> {
  const source = new FakeSource(new Map(Object.entries(files)));
  const index = new WorkspaceIndex(source);
  await index.add([...source.files.keys(), 'file:///notes.txt']);
  return { index, source };
}

describe('cross-call guidance', () => {
  it('measures the later call against the earlier call, growth guidance as an implied range', async () => {
    const { index } = await indexOf({ 'file:///q1.txt': Q1, 'file:///q2.txt': q2('$230 million', 230e6), 'file:///other.txt': OTHER });
    assert.equal(index.size, 3);
    assert.deepEqual(show(await index.judgements('file:///q2.txt', DEFAULT_TOLERANCE)), [
      'guidance.beat $230 million → file:///q1.txt: Revenue $230M beat guidance $216M–$224M (Q1 2031 call, 2031-04-20; +10% ±2% sequentially on Q1 2031 revenue $200M): +$6M, +2.7% above the range',
      'guidance.lowered about 41% → file:///q1.txt: Gross margin guidance for Q3 2031 lowered from about 42% (Q1 2031 call, 2031-04-20) to about 41% (Q2 2031 call, 2031-07-19): −1 point',
      'guidance.miss 39.5% → file:///q1.txt: Gross margin 39.5% missed guidance about 40% (Q1 2031 call, 2031-04-20): −0.5 points',
    ]);
  });

  it('leaves guidance the later call recalls itself to the judgement within that call', async () => {
    const recalled: FakeCall = {
      ...q2('$230 million', 230e6),
      text: 'Second-quarter revenue was $230 million against the $216 million to $224 million we guided.',
      specs: [
        { text: '$230 million', metric: 'revenue', period: 'Q2 2031', basis: 'actual', value: 230e6, unit: 'USD' },
        { text: '$216 million to $224 million', metric: 'revenue', period: 'Q2 2031', basis: 'guidance', value: 220e6, low: 216e6, high: 224e6, unit: 'USD' },
      ],
    };
    const { index } = await indexOf({ 'file:///q1.txt': Q1, 'file:///q2.txt': recalled });
    assert.deepEqual(await index.judgements('file:///q2.txt', DEFAULT_TOLERANCE), []);
    assert.equal((await index.judgements('file:///q1.txt', DEFAULT_TOLERANCE)).length, 1, 'the earlier call still hears the outcome');
  });

  it('says at hint level that guidance was measured whose revision the reporting call says it made between the calls', async () => {
    const revised = q2('$150 million', 150e6);
    revised.text = `In June we lowered our outlook. ${revised.text}`;
    revised.specs = revised.specs.map((sp) => (sp.basis === 'actual' ? { ...sp, outlookRevised: true } : sp));
    const { index } = await indexOf({ 'file:///q1.txt': Q1, 'file:///q2.txt': revised });
    const js = await index.judgements('file:///q2.txt', DEFAULT_TOLERANCE);
    const miss = js.find((j) => j.code === 'guidance.miss' && j.subject.statement.unit === 'USD');
    assert.ok(miss, show(js).join('\n'));
    assert.deepEqual(miss.revisedSince, { by: 'reporting call' });
    assert.match(judgementMessage(miss), /the call says this outlook was revised since$/);
    assert.deepEqual(
      toDiagnostics([miss], 'file:///q2.txt', defaultDiagnosticSettings()).map((d) => d.severity),
      [DiagnosticSeverity.Hint],
    );
    const plain = (await indexOf({ 'file:///q1.txt': Q1, 'file:///q2.txt': q2('$150 million', 150e6) })).index;
    const warned = (await plain.judgements('file:///q2.txt', DEFAULT_TOLERANCE)).find((j) => j.code === 'guidance.miss' && j.subject.statement.unit === 'USD');
    assert.equal(warned?.revisedSince, null);
  });

  it('says at hint level that guidance was measured whose outlook a call between spoke of again without a figure to judge', async () => {
    const between: FakeCall = {
      id: { ...Q1.id, period: periodOf('Q2 2031'), date: '2031-07-19' },
      text: 'Third-quarter gross margin will land just below our 42% range.',
      specs: [{ text: '42%', metric: 'gross margin', period: 'Q3 2031', basis: 'target', value: 42, unit: '%' }],
    };
    const q3: FakeCall = {
      id: { ...Q1.id, period: periodOf('Q3 2031'), date: '2031-10-18' },
      text: 'Third-quarter gross margin was 39%.',
      specs: [{ text: '39%', metric: 'gross margin', period: 'Q3 2031', basis: 'actual', value: 39, unit: '%' }],
    };
    const judged = async (calls: Record<string, FakeCall>) =>
      (await (await indexOf(calls)).index.judgements('file:///q3.txt', DEFAULT_TOLERANCE)).find((j) => j.code === 'guidance.miss');
    const miss = await judged({ 'file:///q1.txt': Q1, 'file:///q2.txt': between, 'file:///q3.txt': q3 });
    assert.ok(miss);
    assert.deepEqual(miss.revisedSince, { by: 'later call', call: 'Q2 2031 call, 2031-07-19' });
    assert.match(judgementMessage(miss), /; spoken of again in the Q2 2031 call, 2031-07-19$/);
    assert.equal((await judged({ 'file:///q1.txt': Q1, 'file:///q3.txt': q3 }))?.revisedSince, null);
  });

  it('tells the earlier call what became of its guidance', async () => {
    const { index } = await indexOf({ 'file:///q1.txt': Q1, 'file:///q2.txt': q2('$230 million', 230e6) });
    const js = await index.judgements('file:///q1.txt', DEFAULT_TOLERANCE);
    assert.deepEqual(js.map((j) => [j.code, j.subject.statement.figure.text, j.reference.uri]).sort(), [
      ['guidance.outcome', '10% sequentially, plus or minus 2%', 'file:///q2.txt'],
      ['guidance.outcome', 'about 40%', 'file:///q2.txt'],
    ]);
    const usd = js.find((j) => j.subject.statement.unit === 'USD');
    assert.match(usd ? judgementMessage(usd) : '', /^Outcome \(Q2 2031 call, 2031-07-19\): beat — Revenue \$230M beat/);
  });

  it('follows edits: an open document stands in for its file, and only one company is loaded', async () => {
    const { index, source } = await indexOf({ 'file:///q1.txt': Q1, 'file:///q2.txt': q2('$230 million', 230e6), 'file:///other.txt': OTHER });
    const edited = await new FakeSource(new Map([['file:///q2.txt', q2('$220 million', 220e6)]])).load('file:///q2.txt');
    assert.ok(edited);
    index.setOpen(edited);
    const js = await index.judgements('file:///q2.txt', DEFAULT_TOLERANCE);
    assert.ok(show(js).some((s) => s.startsWith('guidance.inline $220 million')));
    assert.equal(source.loads, 1, 'only the other Contoso call is read from disk');
    source.files.delete('file:///q1.txt');
    await index.changed('file:///q1.txt', false);
    assert.deepEqual(await index.judgements('file:///q2.txt', DEFAULT_TOLERANCE), []);
  });

  it('reads only the calls near in time of a company with many', async () => {
    const files: Record<string, FakeCall> = { 'file:///q1.txt': Q1, 'file:///q2.txt': q2('$230 million', 230e6) };
    for (let y = 2001; y <= 2030; y++) files[`file:///old-${y}.txt`] = { ...Q1, id: { ...Q1.id, period: periodOf(`Q1 ${y}`), date: `${y}-04-20` } };
    const { index, source } = await indexOf(files);
    assert.equal(show(await index.judgements('file:///q2.txt', DEFAULT_TOLERANCE)).length, 3);
    assert.equal(source.loads, 3, 'the Q2 2031 call itself, Q1 2031 and Q1 2030 are read; the 29 older calls are not');
  });

  it('skips files it cannot place and yields while it builds', async () => {
    const { index } = await indexOf({ 'file:///q1.txt': Q1 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const many = Array.from({ length: 200 }, (_, i) => `file:///none-${i}.txt`);
    await index.add(many);
    clearInterval(timer);
    assert.equal(index.size, 1);
    assert.ok(ticks > 0, 'timers ran while the index was building');
    assert.deepEqual(await index.judgements('file:///q1.txt', DEFAULT_TOLERANCE), []);
  });
});

describe('cross-call guidance: qualifiers and segments', () => {
  const call = (uri: string, period: string, date: string, text: string, specs: FigureSpec[]): CallLedger => {
    const { lines, figures } = figuresIn(text, specs);
    return { ticker: 'CTSO', company: 'contoso robotics', period: periodOf(period), date, uri, lines: buildLedger(figures, lines, null).lines };
  };
  const eps = (text: string, period: string, basis: FigureSpec['basis'], value: number, more: Partial<FigureSpec> = {}): FigureSpec => ({
    text,
    metric: 'EPS',
    period,
    basis,
    value,
    unit: 'USD',
    ...more,
  });

  it('judges non-GAAP guidance only against a result the later call calls non-GAAP, and an unqualified one as GAAP', () => {
    const nonGaap = call('file:///q1.txt', 'Q1 2031', '2031-04-20', 'We expect non-GAAP EPS of $0.40.', [
      eps('$0.40', 'Q2 2031', 'guidance', 0.4, { qualifier: 'non-GAAP' }),
    ]);
    const plain = call('file:///q1.txt', 'Q1 2031', '2031-04-20', 'We expect EPS of $0.30.', [eps('$0.30', 'Q2 2031', 'guidance', 0.3)]);
    const bare = call('file:///q2.txt', 'Q2 2031', '2031-07-19', 'EPS was $0.33.', [eps('$0.33', 'Q2 2031', 'actual', 0.33)]);
    const named = call('file:///q2.txt', 'Q2 2031', '2031-07-19', 'Adjusted EPS was $0.41.', [
      eps('$0.41', 'Q2 2031', 'actual', 0.41, { qualifier: 'adjusted' }),
    ]);
    const codesOf = (a: CallLedger, b: CallLedger) =>
      judgeAcross([a, b], 'file:///q2.txt', DEFAULT_TOLERANCE).map(
        (j) => `${j.code} ${j.subject.statement.figure.text} vs ${j.reference.statement.figure.text}`,
      );
    assert.deepEqual(codesOf(nonGaap, bare), [], 'the later call does not say its EPS is non-GAAP');
    assert.deepEqual(codesOf(plain, bare), ['guidance.beat $0.33 vs $0.30']);
    assert.deepEqual(codesOf(nonGaap, named), ['guidance.beat $0.41 vs $0.40']);
    assert.deepEqual(codesOf(plain, named), []);
  });

  it('within a call, leaves out an unqualified figure beside a qualified one of another value', () => {
    const both = call('file:///q1.txt', 'Q1 2031', '2031-04-20', 'We expect non-GAAP EPS of $0.40 and EPS of $0.30.', [
      eps('$0.40', 'Q2 2031', 'guidance', 0.4, { qualifier: 'non-GAAP' }),
      eps('$0.30', 'Q2 2031', 'guidance', 0.3),
    ]);
    assert.deepEqual(
      both.lines.map((l) => [l.qualifier, l.guidance.map((g) => g.value)]),
      [['non-GAAP', [0.4]]],
    );
  });

  it("never judges a segment's result against the company's guidance", () => {
    const q1 = call('file:///q1.txt', 'Q1 2031', '2031-04-20', 'We expect operating margin of about 27%.', [
      { text: 'about 27%', metric: 'operating margin', period: 'Q2 2031', basis: 'guidance', value: 27, unit: '%', approx: 'about' },
    ]);
    const q2 = call('file:///q2.txt', 'Q2 2031', '2031-07-19', 'Robotics Group operating margin was 29%.', [
      { text: '29%', metric: 'operating margin', period: 'Q2 2031', basis: 'actual', value: 29, unit: '%', segment: 'Robotics Group' },
    ]);
    assert.deepEqual(judgeAcross([q1, q2], 'file:///q2.txt', DEFAULT_TOLERANCE), []);
  });
});

describe('cross-call guidance: revisions over calls of other bases', () => {
  it('judges no revision against an older call when a call between guided the same on another basis', () => {
    const ledgerOf = (uri: string, period: string, date: string, value: number, qualifier?: 'non-GAAP') => {
      const text = `For the full year we now expect EPS of $${value}.`;
      const { lines, figures } = figuresIn(text, [
        { text: `$${value}`, metric: 'EPS', period: 'FY 2031', basis: 'revised-guidance', value, unit: 'USD', ...(qualifier ? { qualifier } : {}) },
      ]);
      return { ticker: 'CTSO', company: 'contoso robotics', period: periodOf(period), date, uri, lines: buildLedger(figures, lines, null).lines };
    };
    const q1 = ledgerOf('file:///q1.txt', 'Q1 2031', '2031-04-20', 2.85);
    const q3 = ledgerOf('file:///q3.txt', 'Q3 2031', '2031-10-20', 3.25);
    const revisions = (calls: CallLedger[]) =>
      judgeAcross(calls, 'file:///q3.txt', DEFAULT_TOLERANCE).map((j) => `${j.code} ${j.reference.statement.figure.text}`);
    assert.deepEqual(revisions([q1, q3]), ['guidance.raised $2.85']);
    // The second quarter's call gave it as non-GAAP: the third's raise may be from that, not from the first's.
    assert.deepEqual(revisions([q1, ledgerOf('file:///q2.txt', 'Q2 2031', '2031-07-20', 3, 'non-GAAP'), q3]), []);
  });
});

describe('cross-call guidance: the latest outlook', () => {
  it("takes a call's revision as its outlook, not a later mention of the old figure, and never a rate in dollars", () => {
    const ledgerOf = (uri: string, period: string, date: string, text: string, specs: FigureSpec[]): CallLedger => {
      const { lines, figures } = figuresIn(text, specs);
      return { ticker: 'CTSO', company: 'contoso robotics', period: periodOf(period), date, uri, lines: buildLedger(figures, lines, null).lines };
    };
    const jan = ledgerOf('file:///q4.txt', 'Q4 2030', '2031-01-25', 'For 2031 we expect revenue of $60 billion and a tax rate of 14%.', [
      { text: '$60 billion', metric: 'revenue', period: 'FY 2031', basis: 'guidance', value: 60e9, unit: 'USD' },
      { text: '14%', metric: 'tax rate', period: 'FY 2031', basis: 'guidance', value: 14, unit: '%' },
    ]);
    const apr = ledgerOf(
      'file:///q1.txt',
      'Q1 2031',
      '2031-04-26',
      'We raise 2031 revenue to $62 billion and the tax rate to 13%, a $0.28 tax effect. As I said, in January it was $60 billion.',
      [
        { text: '$62 billion', metric: 'revenue', period: 'FY 2031', basis: 'revised-guidance', value: 62e9, unit: 'USD' },
        { text: '13%', metric: 'tax rate', period: 'FY 2031', basis: 'revised-guidance', value: 13, unit: '%' },
        { text: '$0.28', metric: 'tax rate', period: 'FY 2031', basis: 'guidance', value: 0.28, unit: 'USD' },
        { text: '$60 billion', metric: 'revenue', period: 'FY 2031', basis: 'guidance', value: 60e9, unit: 'USD' },
      ],
    );
    const js = judgeAcross([jan, apr], 'file:///q1.txt', DEFAULT_TOLERANCE);
    assert.deepEqual(js.map((j) => `${j.code} ${j.subject.statement.figure.text} vs ${j.reference.statement.figure.text}`).sort(), [
      'guidance.lowered 13% vs 14%',
      'guidance.raised $62 billion vs $60 billion',
    ]);
    assert.equal(js.find((j) => j.metric === 'tax rate')?.higherIsBetter, false);
  });
});
