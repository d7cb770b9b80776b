// FinNum-3 category of a figure, so the recogniser can be scored against that public data.
import type { Basis, Category } from './figure';
import type { Numeral } from './numerals';

export function finnumCategory(n: Numeral, basis: Basis, after: string): Category {
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
      return change ? 'relative' : 'absolute';
    case 'word':
      return n.word === 'break even' ? 'money' : 'relative';
    case 'multiple':
      return 'absolute';
    case 'count':
    case 'duration':
      return change ? 'quantity_relative' : 'quantity_absolute';
    default:
      // "4G", "10-K": a number run into letters names something.
      if (/^-?[A-Za-z]/.test(after)) return 'other';
      return change ? 'quantity_relative' : 'quantity_absolute';
  }
}
