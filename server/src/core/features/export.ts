// Figures and judgements as rows for a spreadsheet: one row a figure, one row a judgement, with
// the call, what the figure measures, its basis and value, who said it and where (1-based line and
// column). Written as CSV (RFC 4180), JSON or Markdown tables.
import type { Call } from '../calls';
import { placedFigures } from '../calls';
import { formatPeriod } from '../period';
import type { Judgement } from '../ledger/judge';
import { statementLabel } from './scorecard';
import { judgementMessage } from './judgementText';

export type ExportFormat = 'csv' | 'json' | 'md';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'md'];

export interface ExportRow {
  record: 'figure' | 'judgement';
  file: string;
  line: number;
  column: number;
  ticker: string;
  call: string;
  metric: string;
  segment: string;
  qualifier: string;
  period: string;
  /** The figure's basis, or the judgement's code. */
  kind: string;
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  speaker: string;
  /** For a judgement: what it is measured against, and where. */
  against: string;
  againstFile: string;
  againstLine: number | null;
  message: string;
}

const COLUMNS: readonly (keyof ExportRow)[] = [
  'record',
  'file',
  'line',
  'column',
  'ticker',
  'call',
  'metric',
  'segment',
  'qualifier',
  'period',
  'kind',
  'text',
  'value',
  'low',
  'high',
  'unit',
  'speaker',
  'against',
  'againstFile',
  'againstLine',
  'message',
];

/** A document's rows: each call's figures, then the judgements whose subject is in the document. */
export function exportRows(file: string, uri: string, calls: readonly Call[], judgements: readonly Judgement[], fileOf: (uri: string) => string): ExportRow[] {
  const rows: ExportRow[] = [];
  /** The header of the call holding `line` (calls are in document order). */
  const metaAt = (line: number) => {
    let meta = calls[0]?.transcript.meta;
    for (const c of calls) if (c.start <= line) meta = c.transcript.meta;
    return meta;
  };
  for (const c of calls) {
    const meta = c.transcript.meta;
    for (const f of placedFigures(c)) {
      rows.push({
        record: 'figure',
        file,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        ticker: meta.ticker ?? meta.company ?? '',
        call: meta.period ? formatPeriod(meta.period) : '',
        metric: f.metric ?? '',
        segment: f.segment ?? '',
        qualifier: f.qualifier ?? '',
        period: f.period ? formatPeriod(f.period) : '',
        kind: f.basis,
        text: f.text,
        value: f.value,
        low: f.low,
        high: f.high,
        unit: f.unit,
        speaker: f.speaker ?? '',
        against: '',
        againstFile: '',
        againstLine: null,
        message: '',
      });
    }
  }
  for (const j of judgements) {
    if (j.subject.uri !== null && j.subject.uri !== uri) continue;
    const s = j.subject.statement;
    const meta = metaAt(s.figure.range.start.line);
    if (!meta) continue;
    rows.push({
      record: 'judgement',
      file,
      line: s.figure.range.start.line + 1,
      column: s.figure.range.start.character + 1,
      ticker: meta.ticker ?? meta.company ?? '',
      call: meta.period ? formatPeriod(meta.period) : '',
      metric: s.metric,
      segment: s.figure.segment ?? '',
      qualifier: s.figure.qualifier ?? '',
      period: formatPeriod(s.period),
      kind: j.code,
      text: s.figure.text,
      value: s.value,
      low: Number.isFinite(s.low) ? s.low : null,
      high: Number.isFinite(s.high) ? s.high : null,
      unit: s.unit,
      speaker: s.figure.speaker ?? '',
      against: statementLabel(j.reference.statement),
      againstFile: j.reference.uri && j.reference.uri !== uri ? fileOf(j.reference.uri) : file,
      againstLine: j.reference.statement.figure.range.start.line + 1,
      message: judgementMessage(j),
    });
  }
  return rows;
}

function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function mdCell(v: string | number | null): string {
  return (v === null ? '' : String(v)).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function formatExport(rows: readonly ExportRow[], format: ExportFormat): string {
  if (format === 'json') return `${JSON.stringify({ rows }, null, 1)}\n`;
  if (format === 'csv') return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
  const table = (record: ExportRow['record']) => {
    const list = rows.filter((r) => r.record === record);
    const cols = COLUMNS.filter((c) => c !== 'record' && (record === 'judgement' || (!c.startsWith('against') && c !== 'message')));
    return [`| ${cols.join(' | ')} |`, `|${cols.map(() => ' --- ').join('|')}|`, ...list.map((r) => `| ${cols.map((c) => mdCell(r[c])).join(' | ')} |`)].join(
      '\n',
    );
  };
  return `## Figures\n\n${table('figure')}\n\n## Judgements\n\n${table('judgement')}\n`;
}
