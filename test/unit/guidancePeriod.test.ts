// Guidance given for no named period: about a period ahead, unless it is recalled against a result.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/core/analysis';
import { documentJudgements } from '../../server/src/core/calls';
import { DEFAULT_TOLERANCE } from '../../server/src/core/ledger/judge';

function call(body: string): string {
  return [
    'THOMSON REUTERS STREETEVENTS',
    '',
    'EDITED TRANSCRIPT',
    '',
    'ZZQ - Q2 2031 Zenquill Corp Earnings Conference Call',
    '',
    'EVENT DATE/TIME: JULY 20, 2031 / 9:00PM GMT',
    '',
    'CORPORATE PARTICIPANTS',
    '',
    'Ada Marsh Zenquill Corp - CFO',
    '',
    'CONFERENCE CALL PARTICIPANTS',
    '',
    'Ivo Brandt Tarn Securities - Analyst',
    '',
    'PRESENTATION',
    '',
    'Ada Marsh - Zenquill Corp - CFO',
    '',
    body,
    '',
  ].join('\n');
}

function codes(body: string): string[] {
  return documentJudgements(analyse(call(body)).calls, DEFAULT_TOLERANCE).map((j) => `${j.code} ${j.reference.statement.value}`);
}

describe('guidance with no period named', () => {
  it('is not measured against the results of the quarter the call reports', () => {
    const body =
      'Adjusted EPS for the quarter was $2.10. Taking all of this into consideration, we would be comfortable with adjusted EPS guidance in the range of $7.92 to $8.02 per share.';
    const a = analyse(call(body));
    const guidance = a.figures.find((f) => f.text.startsWith('$7.92'));
    assert.equal(guidance?.periodAssumed, true);
    assert.deepEqual(codes(body), []);
  });

  it('is measured when it is set against the result, or dated', () => {
    assert.deepEqual(codes('Adjusted EPS was $2.10, above our guidance of $2.00.'), ['guidance.beat 2']);
    assert.deepEqual(codes('Adjusted EPS was $2.10. In April we gave EPS guidance of $2.00.'), ['guidance.beat 2']);
  });
});
