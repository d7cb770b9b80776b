// FinNum-3 category of a figure, so the recogniser can be scored against that public data.
import type { Basis, Category } from './figure';
import type { Numeral } from './numerals';

/** Plain numbers that label things rather than measure them: "slide 9", "Tier 1", "Form 10". */
const LABEL_BEFORE = /\b(?:slides?|pages?|tiers?|chapter|items?|versions?|forms?|sections?|numbers?|no\.?|rule|phase|level|step|class|category|group|stage|line|part|exhibit|table|chart|appendix|verse)\s+$/i;

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
      if (LABEL_BEFORE.test(before) || /^[A-Za-z]/.test(after)) return 'other';
      return change ? 'quantity_relative' : 'quantity_absolute';
  }
}
