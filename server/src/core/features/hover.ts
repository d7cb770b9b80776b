// Hover cards on figures: what the number measures, for which period, on what basis, who said it,
// and how it compares with the other figures of the same metric and period, each linked to its line.
// The card is a list of sections so that more (a ledger line, say) is one more entry.
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { Basis, Figure } from '../figures/figure';
import { canonicalQualifier, segmentKey, spokenByManagement } from '../ledger/ledger';
import { formatDifference, formatValue, inPoints, MAX_RATIO } from '../ledger/measure';
import { nth } from '../lists';
import { formatPeriod } from '../period';
import { subjectName } from './judgementText';

/** What a section may read: the document's analysis and its URI (for links to lines). */
export interface HoverContext {
  analysis: Pick<Analysis, 'lines' | 'transcript' | 'figures'>;
  uri: string;
}

/** One part of a card, as markdown, or null to leave it out. */
export type HoverSection = (figure: Figure, ctx: HoverContext) => string | null;

const BASIS_LABEL: Record<Basis, string> = {
  actual: 'actual',
  guidance: 'guidance',
  'revised-guidance': 'revised guidance',
  expectation: 'expectation',
  target: 'target',
  prior: 'prior period',
  change: 'change',
  other: 'mentioned',
};

/** Bases that state a level of the metric for the period, which can be compared. */
const COMPARABLE = new Set<Basis>(['actual', 'guidance', 'revised-guidance', 'expectation', 'target']);
const DATE_UNITS = new Set(['date', 'time', 'product', 'ordinal']);

/** The figure under `position`, by binary search over the sorted figures. */
export function figureAt(figures: readonly Figure[], position: Position): Figure | null {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
  let lo = 0;
  let hi = figures.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = nth(figures, mid);
    if (before(position, f.range.start)) hi = mid - 1;
    else if (!before(position, f.range.end)) lo = mid + 1;
    else return f;
  }
  return null;
}

/** The figure as written, for markdown: unescaped `\$`, no markdown control characters. */
function written(f: Figure): string {
  return escape(f.text.replace(/\\\$/g, '$').replace(/\s+/g, ' '));
}

/**
 * Transcript text as markdown that shows it as written: markdown's control characters escaped, and
 * the characters that make a bare URL, domain or e-mail address a link to the renderer (GFM
 * autolinks, linkify) — ':' before '//', '.' between letters, '@' — escaped too, so a card links
 * only to lines of the document, never to an address the transcript happens to mention.
 */
function escape(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|@])|:(?=\/\/)|(?<=\p{L})\.(?=\p{L})/gu, (c) => `\\${c}`);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "around $87M", "$50M–$55M", or the figure as written when it has no value. */
function statedValue(f: Figure): string {
  if (f.value === null) return written(f);
  const v =
    f.low !== null && f.high !== null && f.low !== f.high ? `${formatValue(f.low, f.unit)}–${formatValue(f.high, f.unit)}` : formatValue(f.value, f.unit);
  if (!f.approx) return escape(v);
  return escape(/range/.test(f.approx) ? `in the ${v} range` : `${f.approx} ${v}`);
}

/** `Revenue · Q4 2012 · actual — $91.4 million` */
const headline: HoverSection = (f) => {
  if (DATE_UNITS.has(f.unit)) {
    const kind = f.unit === 'product' ? 'Product number' : f.unit === 'ordinal' ? 'Ordinal' : 'Date';
    return `**${kind}** — ${written(f)}${f.names && formatPeriod(f.names) !== f.text ? ` · ${formatPeriod(f.names)}` : ''}`;
  }
  const name = f.metric ? subjectName({ metric: f.metric, segment: f.segment ?? null, qualifier: f.qualifier ?? null }) : null;
  const parts = [name ? escape(capitalise(name)) : `Metric not recognised (${f.category.replace('_', ' ')})`];
  if (f.period) parts.push(formatPeriod(f.period));
  parts.push(BASIS_LABEL[f.basis] + (f.statedIn ? ` (${f.statedIn})` : ''));
  return `**${parts.join(' · ')}** — ${written(f)}`;
};

/** The value as read when the text qualifies it or gives a range, and whether it looks ahead. */
const reading: HoverSection = (f) => {
  if (DATE_UNITS.has(f.unit) || f.value === null) return null;
  const notes = f.approx || f.low !== null ? [statedValue(f)] : [];
  if (f.claim) notes.push('forward-looking');
  return notes.length ? notes.join(' · ') : null;
};

/** Who said it: "Michael Ashby, EPV & CFO, Calix Inc (executive)". */
const speaker: HoverSection = (f, ctx) => {
  if (!f.speaker) return null;
  const turn = f.turn !== null ? ctx.analysis.transcript.turns[f.turn] : undefined;
  const who = [f.speaker, turn?.title, turn?.firm]
    .filter(Boolean)
    .map((s) => escape(s!))
    .join(', ');
  return `*${who}*${f.role && f.role !== 'unknown' ? ` (${f.role})` : ''}`;
};

/**
 * The other statements of the same metric, segment, qualifier and period, each once, with the
 * difference read the way an analyst reads it: a later figure against an earlier one, an actual
 * against what was guided. Like with like only: the same unit, and values within the ledger's
 * ratio of one another (a quarter's sales are not set against a one-off item of the same name).
 */
const related: HoverSection = (f, ctx) => {
  if (!f.metric || !f.period || f.value === null || !COMPARABLE.has(f.basis)) return null;
  const group = comparableWith(ctx.analysis.figures, f).filter((r) => r === f || near(r.value!, f.value!, f.unit));
  const { others, more } = group.length > LARGE_GROUP ? nearestOf(group, f) : distinctOf(group, f);
  const rows = others.map((r) => `- ${comparison(f, r)} — [line ${r.range.start.line + 1}](${lineLink(ctx.uri, r)})`);
  if (more) rows.push('- … and more of this metric and period further away in the document');
  return rows.length ? rows.join('\n') : null;
};

const keyOf = (r: Figure): string => `${r.basis}|${r.value}`;

/** Each other statement once (its first mention), in document order; the nearest when there are many. */
function distinctOf(group: readonly Figure[], f: Figure): { others: Figure[]; more: boolean } {
  const seen = new Set<string>([keyOf(f)]);
  let others: Figure[] = [];
  for (const r of group) {
    if (r === f || seen.has(keyOf(r))) continue;
    seen.add(keyOf(r));
    others.push(r);
  }
  const more = others.length > MAX_RELATED;
  if (more) {
    const distance = (r: Figure) => Math.abs(r.range.start.line - f.range.start.line);
    const nearest = new Set([...others].sort((a, b) => distance(a) - distance(b)).slice(0, MAX_RELATED));
    others = others.filter((r) => nearest.has(r));
  }
  return { others, more };
}

/**
 * In a merged file one metric and period can be stated thousands of times: the card reads outwards
 * from the hovered figure and stops at MAX_RELATED distinct statements, so a hover stays instant.
 */
function nearestOf(group: readonly Figure[], f: Figure): { others: Figure[]; more: boolean } {
  let at = 0;
  for (let lo = 0, hi = group.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    const r = nth(group, mid).range.start;
    if (r.line < f.range.start.line || (r.line === f.range.start.line && r.character < f.range.start.character)) lo = at = mid + 1;
    else hi = mid - 1;
  }
  const seen = new Set<string>([keyOf(f)]);
  const others: Figure[] = [];
  let below = at - 1;
  let above = at;
  while (others.length < MAX_RELATED && (below >= 0 || above < group.length)) {
    const up = above < group.length ? nth(group, above).range.start.line - f.range.start.line : Infinity;
    const down = below >= 0 ? f.range.start.line - nth(group, below).range.start.line : Infinity;
    const r = nth(group, up <= down ? above++ : below--);
    if (r === f || seen.has(keyOf(r))) continue;
    seen.add(keyOf(r));
    others.push(r);
  }
  others.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { others, more: below >= 0 || above < group.length };
}

/** Groups larger than this are read outwards from the hovered figure instead of in full. */
const LARGE_GROUP = 500;

/** Related statements a card lists at most. */
const MAX_RELATED = 12;

/** Values that can be one measure compared: points always, amounts within MAX_RATIO of each other and of one sign. */
function near(a: number, b: number, unit: string): boolean {
  if (inPoints(unit)) return true;
  const [x, y] = [Math.abs(a), Math.abs(b)];
  return Math.sign(a) === Math.sign(b) && Math.max(x, y) <= MAX_RATIO * Math.min(x, y);
}

/** Figures by metric, segment, qualifier, period and unit, built once per analysis: a hover reads its group, not every figure. */
const groups = new WeakMap<readonly Figure[], Map<string, Figure[]>>();
const groupKey = (f: Figure): string =>
  `${f.metric?.toLowerCase()}\u0000${segmentKey(f.segment)}\u0000${canonicalQualifier(f.qualifier) ?? ''}\u0000${f.period && formatPeriod(f.period)}\u0000${f.unit}`;

/** The comparable figures (a value, a comparable basis) of `f`'s metric, period and unit, in document order. */
function comparableWith(figures: readonly Figure[], f: Figure): Figure[] {
  return groupsOf(figures).get(groupKey(f)) ?? [];
}

function groupsOf(figures: readonly Figure[]): Map<string, Figure[]> {
  let byKey = groups.get(figures);
  if (!byKey) {
    byKey = new Map();
    for (const r of figures) {
      if (r.metric === null || r.value === null || !COMPARABLE.has(r.basis)) continue;
      // What analysts and the operator say restates or asks, and a publisher's summary is no one's
      // statement; management's speech is the record (as in the guidance ledger).
      if (!spokenByManagement(r)) continue;
      const k = groupKey(r);
      const group = byKey.get(k);
      if (group) group.push(r);
      else byKey.set(k, [r]);
    }
    groups.set(figures, byKey);
  }
  return byKey;
}

function comparison(f: Figure, r: Figure): string {
  const label = `${BASIS_LABEL[r.basis]} ${statedValue(r)}${r.statedIn ? ` (${r.statedIn})` : ''}`;
  const later = r.range.start.line > f.range.start.line || (r.range.start.line === f.range.start.line && r.range.start.character > f.range.start.character);
  // The hovered figure is measured against r, unless r is the outcome (an actual, or a later revision).
  if (f.basis === 'actual' || (r.basis !== 'actual' && !later)) return `vs ${label}: ${escape(formatDifference(f.value!, r.value!, f.unit))}`;
  return `${label}: ${escape(formatDifference(r.value!, f.value!, f.unit))} vs this`;
}

function lineLink(uri: string, f: Figure): string {
  return `${uri}#L${f.range.start.line + 1},${f.range.start.character + 1}`;
}

/** The sections of a card, in order. */
export const hoverSections: HoverSection[] = [headline, reading, speaker, related];

/** The hover card for `position`, or null where there is no figure. */
export function figureHover(ctx: HoverContext, position: Position): Hover | null {
  const f = figureAt(ctx.analysis.figures, position);
  if (!f) return null;
  const parts = hoverSections.map((s) => s(f, ctx)).filter((s): s is string => Boolean(s));
  return { contents: { kind: 'markdown', value: parts.join('\n\n') }, range: f.range };
}
