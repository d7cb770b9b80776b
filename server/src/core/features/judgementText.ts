// Judgements written out for a reader: the diagnostic's message, its related information and the
// hover's ledger rows all come from here, from the structured judgement (never from another text).
import type { Judgement } from '../ledger/judge';
import type { Statement } from '../ledger/ledger';
import { formatValue, writeDifference } from '../ledger/measure';
import { formatPeriod } from '../period';

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "non-GAAP EPS", "Data Center Group operating margin", "revenue": what was compared, as named. */
export function subjectName(j: Pick<Judgement, 'metric' | 'segment' | 'qualifier'>): string {
  const metric = j.metric.toLowerCase();
  const seg = j.segment && !metric.includes(j.segment.toLowerCase()) ? `${j.segment} ` : '';
  // "organic revenue" is organic already: "Organic organic revenue" says it twice.
  const qualifier = j.qualifier && !metric.startsWith(j.qualifier.toLowerCase()) ? `${j.qualifier} ` : '';
  return `${qualifier}${seg}${j.metric}`;
}

/** The statement as an analyst reads it: "around 44%", "in the $36M range", "$932M–$982M", "more than $20B". */
export function wording(s: Statement): string {
  if (s.low !== s.high && Number.isFinite(s.low) && Number.isFinite(s.high)) {
    return `${formatValue(s.low, s.unit)}–${formatValue(s.high, s.unit)}`;
  }
  const v = formatValue(s.value, s.unit);
  const q = s.figure.approx?.trim();
  if (!q) return v;
  if (/range/i.test(q)) return `in the ${v} range`;
  return `${q.toLowerCase()} ${v}`;
}

function label(s: Statement): string {
  const what = s.kind === 'expectation' ? 'expectation' : s.revised ? 'revised guidance' : 'guidance';
  const notes = [s.when, s.derivation].filter(Boolean).join('; ');
  return `${what} ${wording(s)}${notes ? ` (${notes})` : ''}`;
}

function when(s: Statement): string {
  return s.when ? ` (${s.when})` : '';
}

function differenceText(j: Judgement): string {
  const d = j.difference;
  return `${writeDifference(d)}${d.outsideRange ? ` ${j.side} the range` : ''}`;
}

/** The diagnostic's message: both statements, the difference, and (where lower is better) which way that is. */
export function judgementMessage(j: Judgement): string {
  if (j.outcome) {
    const verdict = j.outcome.of.code.split('.')[1];
    return `Outcome (${j.outcome.reportedIn}): ${verdict === 'inline' ? 'in line' : verdict} — ${judgementMessage(j.outcome.of)}`;
  }
  const name = subjectName(j);
  const s = j.subject.statement;
  const r = j.reference.statement;
  if (j.code === 'guidance.raised' || j.code === 'guidance.lowered') {
    return `${capital(name)} guidance for ${formatPeriod(j.period)} ${j.code === 'guidance.raised' ? 'raised' : 'lowered'} from ${wording(r)}${when(r)} to ${wording(s)}${when(s)}: ${differenceText(j)}`;
  }
  const verb = j.favourable === null ? 'in line with' : j.favourable ? 'beat' : 'missed';
  const prefix = r.kind === 'expectation' ? 'expectation' : 'guidance';
  const direction = j.favourable !== null && !j.higherIsBetter ? ` (${j.side} ${prefix}: ${j.favourable ? 'favourable' : 'unfavourable'} for ${name})` : '';
  const replaced = j.supersededBy
    ? `; superseded by ${label(j.supersededBy.statement)}`
    : j.revisedSince?.by === 'reporting call'
      ? '; the call says this outlook was revised since'
      : j.revisedSince
        ? `; spoken of again in the ${j.revisedSince.call}`
        : '';
  return `${capital(name)} ${wording(s)} ${verb} ${label(r)}: ${differenceText(j)}${direction}${replaced}`;
}

/** The related information's message, at the statement measured against. */
export function relatedMessage(j: Judgement): string {
  if (j.outcome) return `Actual reported in the ${j.outcome.reportedIn}`;
  const r = j.reference.statement;
  if (j.code === 'guidance.raised' || j.code === 'guidance.lowered') return `Earlier ${label(r)}`;
  return `${capital(label(r))} for ${subjectName(j)}, ${formatPeriod(j.period)}`;
}
