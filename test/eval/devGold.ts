// Scores figures and guidance judgements against the hand-labelled dev gold
// (../shared/labels/dev-gold; evaluation only, never copied into the project). See its README:
// figures are matched by file, line and overlap; a judgement by the lines of its actual (the
// diagnostic's place) and its guidance (the related location), and then by its outcome.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyse, defaultDiagnosticSettings, formatPeriod, guidanceDiagnostics, type Analysis, type Figure, type Period } from '../../server/src/core';
import { decodeBytes } from '../../server/src/service/decode';

export interface GoldFigure {
  id: string;
  file: string;
  line: number;
  start_char: number;
  text: string;
  metric: string | null;
  period: string | null;
  basis: string | string[];
  ambiguous?: boolean;
}

interface GoldPlace {
  file: string;
  line: number;
  start_char?: number;
  text: string;
}

interface GoldJudgement {
  kind: 'in-call' | 'cross-call' | 'must_not';
  chain: string;
  outcome?: 'beat' | 'miss' | 'inline' | 'raised' | 'lowered';
  guidance?: GoldPlace;
  actual?: GoldPlace;
  guidance_also_at?: GoldPlace[];
  actual_also_at?: GoldPlace[];
  lines?: GoldPlace[];
  file?: string;
  what?: string;
  ambiguous?: boolean;
}

/** A judgement the tool made: where it shows (the actual or revision) and what it is measured against. */
export interface Made {
  code: string;
  subject: { file: string; line: number; from: number; to: number };
  reference: { file: string; line: number; from: number; to: number };
  message: string;
}

const OUTCOME_CODES: Record<string, string[]> = {
  beat: ['guidance.beat', 'expectation.beat'],
  miss: ['guidance.miss', 'expectation.miss'],
  inline: ['guidance.inline'],
  raised: ['guidance.raised'],
  lowered: ['guidance.lowered'],
};

/** Our basis names against the gold's ("mentioned" is a number that is no financial figure). */
const BASIS: Record<string, string> = { other: 'mentioned' };

/** Metric names compared without case, spacing, hyphens and slashes or plural endings ("operating expenses" is "operating expense"). */
const lower = (s: string) =>
  s
    .toLowerCase()
    // "China/Asia Pacific" as the labeller wrote it is "China-Asia-Pacific" as the call does.
    .replace(/[\s/-]+/g, ' ')
    .trim()
    .replace(/(\w{3,})s\b/g, '$1');

/**
 * The gold writes a segment's metric as "<segment> <metric>" ("Data Center Group revenue"). Ours is
 * right when its metric, or its segment and metric together, is one of the gold's names (our metric
 * may carry the segment already). A segment figure read as the company's is wrong, and so is a
 * company figure given a segment.
 */
function metricRight(gold: string | null, ours: Figure): boolean {
  if (gold === null) return ours.metric === null;
  if (ours.metric === null) return false;
  const names = ours.segment && !ours.metric.startsWith(ours.segment) ? [`${ours.segment} ${ours.metric}`] : [ours.metric];
  return gold.split('|').some((g) => names.some((n) => lower(g) === lower(n)));
}

function basisRight(gold: string | string[], ours: string): boolean {
  return (Array.isArray(gold) ? gold : [gold]).includes(BASIS[ours] ?? ours);
}

function periodRight(gold: string | null, ours: Period | null): boolean {
  return gold === (ours && formatPeriod(ours));
}

/** Does a place the gold gives fall on [from, to) of `line` in `file`? Without a start, its text is sought on the line. */
function at(p: GoldPlace, m: { file: string; line: number; from: number; to: number }, lineText: (file: string, line: number) => string): boolean {
  if (p.file !== m.file || p.line !== m.line) return false;
  let start = p.start_char;
  if (start === undefined) {
    const text = lineText(p.file, p.line);
    start = text.indexOf(p.text);
    if (start < 0) start = text.indexOf(p.text.replace(/\$/g, '\\$'));
    if (start < 0) return true;
  }
  return start < m.to && m.from < start + p.text.length;
}

export interface FigureScore {
  gold: number;
  found: number;
  metric: number;
  period: number;
  basis: number;
  all: number;
  misses: { gold: GoldFigure; ours: Figure | null; wrong: string[] }[];
}

export interface JudgementScore {
  positives: number;
  found: number;
  foundRightOutcome: number;
  made: number;
  madeRight: number;
  mustNot: number;
  mustNotMade: { what: string; made: Made }[];
  falseAlarms: Made[];
  missed: GoldJudgement[];
}

function loadJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function diagnosticsToMade(file: string, diagnostics: readonly Diagnostic[], fileOf: (uri: string) => string): Made[] {
  return diagnostics
    .filter((d) => d.code !== 'guidance.outcome' && d.relatedInformation?.length)
    .map((d) => {
      const r = d.relatedInformation![0].location;
      return {
        code: String(d.code),
        subject: {
          file,
          line: d.range.start.line,
          from: d.range.start.character,
          to: d.range.end.line > d.range.start.line ? Infinity : d.range.end.character,
        },
        reference: {
          file: fileOf(r.uri),
          line: r.range.start.line,
          from: r.range.start.character,
          to: r.range.end.line > r.range.start.line ? Infinity : r.range.end.character,
        },
        message: d.message,
      };
    });
}

export function scoreDevGold(goldDir: string, transcripts: string): { figures: FigureScore; judgements: JudgementScore } {
  const gold = loadJson<GoldFigure[]>(path.join(goldDir, 'figures.json'));
  const judgements = loadJson<GoldJudgement[]>(path.join(goldDir, 'judgements.json'));

  const files = new Set<string>(gold.map((g) => g.file));
  for (const j of judgements) for (const p of [j.guidance, j.actual, ...(j.lines ?? [])]) if (p) files.add(p.file);
  for (const j of judgements) if (j.file) files.add(j.file);
  const analyses = new Map<string, Analysis>();
  for (const f of files) analyses.set(f, analyse(decodeBytes(readFileSync(path.join(transcripts, f)))));

  // Figures: the first of ours on the gold's line that overlaps the gold's text.
  const fs: FigureScore = { gold: 0, found: 0, metric: 0, period: 0, basis: 0, all: 0, misses: [] };
  for (const g of gold) {
    if (g.ambiguous) continue;
    fs.gold++;
    const a = analyses.get(g.file)!;
    const end = g.start_char + g.text.length;
    const ours =
      a.figures.find(
        (f) => f.range.start.line === g.line && f.range.start.character < end && g.start_char < (f.range.end.line > g.line ? Infinity : f.range.end.character),
      ) ?? null;
    if (!ours) {
      fs.misses.push({ gold: g, ours: null, wrong: ['not found'] });
      continue;
    }
    fs.found++;
    const wrong: string[] = [];
    if (metricRight(g.metric, ours)) fs.metric++;
    else wrong.push('metric');
    if (periodRight(g.period, ours.period)) fs.period++;
    else wrong.push('period');
    if (basisRight(g.basis, ours.basis)) fs.basis++;
    else wrong.push('basis');
    if (wrong.length === 0) fs.all++;
    else fs.misses.push({ gold: g, ours, wrong });
  }

  // Judgements: each chain's files analysed together, as the workspace would.
  const chains = new Map<string, Set<string>>();
  for (const j of judgements) {
    const set = chains.get(j.chain) ?? new Set<string>();
    for (const p of [j.guidance, j.actual, ...(j.lines ?? [])]) if (p) set.add(p.file);
    if (j.file) set.add(j.file);
    chains.set(j.chain, set);
  }
  for (const g of gold) {
    for (const [, set] of chains) if (set.has(g.file)) set.add(g.file);
  }
  const made: Made[] = [];
  for (const [, set] of chains) {
    const list = [...set].sort();
    const docs = list.map((f) => ({ uri: f, calls: analyses.get(f)!.calls }));
    const perFile = guidanceDiagnostics(docs, defaultDiagnosticSettings());
    list.forEach((f, i) => made.push(...diagnosticsToMade(f, [...analyses.get(f)!.diagnostics, ...perFile[i]], (u) => u)));
  }
  // One judgement per (subject, reference, code): a file in two chains is judged once.
  const unique = [
    ...new Map(
      made.map((m) => [`${m.code} ${m.subject.file}:${m.subject.line}:${m.subject.from} ${m.reference.file}:${m.reference.line}:${m.reference.from}`, m]),
    ).values(),
  ];

  const positives = judgements.filter((j) => j.kind !== 'must_not' && !j.ambiguous);
  const lineText = (file: string, line: number) => analyses.get(file)!.lines.line(line);
  const pairs = (j: GoldJudgement, m: Made) =>
    [j.actual!, ...(j.actual_also_at ?? [])].some((p) => at(p, m.subject, lineText)) &&
    [j.guidance!, ...(j.guidance_also_at ?? [])].some((p) => at(p, m.reference, lineText));
  const js: JudgementScore = {
    positives: positives.length,
    found: 0,
    foundRightOutcome: 0,
    made: unique.length,
    madeRight: 0,
    mustNot: 0,
    mustNotMade: [],
    falseAlarms: [],
    missed: [],
  };
  for (const j of positives) {
    const hits = unique.filter((m) => pairs(j, m));
    if (hits.length) js.found++;
    if (hits.some((m) => OUTCOME_CODES[j.outcome!].includes(m.code))) js.foundRightOutcome++;
    else js.missed.push(j);
  }
  const allPositives = judgements.filter((j) => j.kind !== 'must_not');
  for (const m of unique) {
    if (allPositives.some((j) => pairs(j, m) && OUTCOME_CODES[j.outcome!].includes(m.code))) js.madeRight++;
    else js.falseAlarms.push(m);
  }
  for (const j of judgements.filter((x) => x.kind === 'must_not')) {
    js.mustNot++;
    const line = (p: GoldPlace, s: Made['subject']) => at(p, s, lineText);
    // One place: no judgement may rest on it. More: none may pair two of them.
    const places = j.lines ?? [];
    const hit = j.file
      ? unique.find((m) => m.subject.file === j.file || m.reference.file === j.file)
      : places.length === 1
        ? unique.find((m) => line(places[0], m.subject) || line(places[0], m.reference))
        : unique.find((m) => places.some((p) => line(p, m.subject)) && places.some((p) => line(p, m.reference)));
    if (hit) js.mustNotMade.push({ what: j.what ?? '', made: hit });
  }
  return { figures: fs, judgements: js };
}
