// The fiscal calendar a call implies (its quarter and date), and the quarters named by the month
// they close in ("the March quarter"), on fictional calls.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeCalendar, fiscalCalendar, quarterClosingIn } from '../../server/src/core/figures/calendar';
import { formatPeriod, readPeriod } from '../../server/src/core/period';
import { recogniseFigures } from '../../server/src/core/figures/recognise';
import { emptyMeta, type Transcript } from '../../server/src/core/model';
import { TextLines } from '../../server/src/core/text';

const calendarOf = (period: string, date: string | null) => fiscalCalendar(readPeriod(period), date);

function periodOf(figure: string, prose: string, period: string, date: string | null): string | null {
  const transcript: Transcript = {
    format: 'plain',
    meta: { ...emptyMeta(), period: readPeriod(period), date, company: 'Quillon Corp.' },
    participants: [],
    sections: [],
    turns: [],
    exchanges: [],
    notes: [],
  };
  const f = recogniseFigures(new TextLines(prose), transcript).find((x) => x.text === figure);
  assert.ok(f, `${figure} in ${prose}`);
  return f.period && formatPeriod(f.period);
}

describe('fiscal calendar', () => {
  it('infers the year end from the quarter reported and the month before the call', () => {
    // A calendar-year company reporting its fourth quarter in late January.
    assert.deepEqual([calendarOf('Q4 2030', '2031-01-28').yearEndMonth, calendarOf('Q4 2030', '2031-01-28').labelOffset], [12, 0]);
    // Its first fiscal quarter closed in December: the year ends in September, and is named for it.
    const sep = calendarOf('Q1 2031', '2031-01-29');
    assert.deepEqual([sep.yearEndMonth, sep.labelOffset, sep.assumed], [9, 0, false]);
    // A call in the first days of a month still reports the quarter closed two months back.
    assert.equal(calendarOf('Q1 2031', '2031-02-03').yearEndMonth, 9);
    // A retailer's fiscal 2030 that ends in January 2031.
    const jan = calendarOf('Q4 2030', '2031-02-25');
    assert.deepEqual([jan.yearEndMonth, jan.labelOffset], [1, -1]);
    // A June year named for the year it ends in, the next one: fiscal 2031 ends June 2031.
    const jun = calendarOf('Q2 2031', '2031-01-25');
    assert.deepEqual([jun.yearEndMonth, jun.labelOffset], [6, 0]);
  });

  it('assumes a calendar year without a date or a quarter, or when they disagree by years', () => {
    for (const cal of [calendarOf('Q3 2030', null), calendarOf('', '2030-10-20'), calendarOf('Q3 2024', '2030-10-20')]) {
      assert.deepEqual([cal.yearEndMonth, cal.assumed], [12, true]);
      assert.match(describeCalendar(cal), /assumed to end in December/);
    }
    assert.match(describeCalendar(calendarOf('Q1 2031', '2031-01-29')), /ends in September/);
  });

  it('names the fiscal quarter a month closes, nearest the call, and none where no quarter closes', () => {
    const sep = calendarOf('Q1 2031', '2031-01-29');
    const name = (month: number) => {
      const p = quarterClosingIn(month, sep);
      return p && formatPeriod(p);
    };
    assert.equal(name(12), 'Q1 2031');
    assert.equal(name(3), 'Q2 2031');
    assert.equal(name(9), 'Q4 2030');
    assert.equal(name(2), null);
    assert.equal(quarterClosingIn(3, calendarOf('Q1 2031', null)), null);
  });
});

describe('figures: quarters named by month', () => {
  const JAN_CALL = ['Q1 2031', '2031-01-29'] as const;

  it('"the March quarter" in a call on the December quarter is the quarter ahead', () => {
    assert.equal(periodOf('$9 billion', 'For the March quarter, we expect revenue of about $9 billion.', ...JAN_CALL), 'Q2 2031');
    assert.equal(periodOf('$8.2 billion', 'Revenue for the December quarter was $8.2 billion.', ...JAN_CALL), 'Q1 2031');
  });

  it('"the quarter ended September" is the one before, and a quarter that "ended strongly" is still the one reported', () => {
    assert.equal(periodOf('$7.1 billion', 'In the quarter ended September, revenue was $7.1 billion.', ...JAN_CALL), 'Q4 2030');
    assert.equal(periodOf('$8.2 billion', 'The quarter ended strongly, with revenue of $8.2 billion.', ...JAN_CALL), 'Q1 2031');
  });

  it('names no period by a month in which no fiscal quarter closes, or without a date', () => {
    assert.equal(periodOf('$9 billion', 'For the February quarter, we expect revenue of about $9 billion.', ...JAN_CALL), null);
    assert.equal(periodOf('$9 billion', 'For the March quarter, we expect revenue of about $9 billion.', 'Q1 2031', null), null);
  });
});
