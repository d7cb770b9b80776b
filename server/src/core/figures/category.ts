// FinNum-3 category of a figure, so the recogniser can be scored against that public data.
import type { Basis, Category } from './figure';
import type { Numeral } from './numerals';
import { tailTest } from './tail';

/** Flows of customers or units: "net adds of 274000", "a loss of 107000". */
const flowBefore = tailTest(/\b(?:net\s+adds|net\s+additions|additions|adds|losses|loss\s+of|added|lost|gained|disconnects)\b[^.;]{0,30}$/i);
/** Rates over a customer base: churn, penetration, "83% of our phone base". */
const baseRateBefore = tailTest(/\b(?:churn|upgrade\s+rate|penetration|retention|take\s+rate)\b[^.;%]{0,40}$/i);
const BASE_RATE_AFTER = /^\s+of\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){0,2}base\b/i;

const RUNS_INTO_LETTERS = /^-?[A-Za-z]/;

export function finnumCategory(n: Numeral, basis: Basis, before: string, after: string): Category {
  const change = basis === 'change' || n.sign !== 0;
  switch (n.kind) {
    case 'year':
    case 'quarter':
    case 'half':
    case 'fiscal-year':
    case 'date':
    case 'time':
      return 'date';
    case 'product':
      return 'product number';
    case 'ordinal':
    case 'label':
      return 'other';
    case 'money':
      return change ? 'change' : 'money';
    case 'percent':
    case 'points':
    case 'bps':
      if (baseRateBefore(before) || BASE_RATE_AFTER.test(after)) return 'quantity_relative';
      return change ? 'relative' : 'absolute';
    case 'word':
      return n.word === 'break even' ? 'money' : 'relative';
    case 'multiple':
      return 'absolute';
    case 'count':
    case 'duration':
      return change || flowBefore(before) ? 'quantity_relative' : 'quantity_absolute';
    default:
      // "4G", "10-K": a number run into letters names something.
      if (RUNS_INTO_LETTERS.test(after)) return 'other';
      return change || flowBefore(before) ? 'quantity_relative' : 'quantity_absolute';
  }
}
