// How the reader fares on a layout it has never seen: each shared call of a layout with speaker
// headers is written again as a transcription service would write it (no headings, no roster, every
// paragraph's first line "[hh:mm:ss] Name, Title: text"), and both versions are read. A reader that
// depends on the layout it was tuned on gives the re-laid call other turns, roles and figures.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, formatPeriod, type Figure, type Transcript } from '../../server/src/core';

export interface RelayoutScore {
  files: number;
  turns: number;
  turnsRelaid: number;
  /** Figures said in turns, and those found at the same place in the re-laid call's turns. */
  figures: number;
  aligned: number;
  /** Of those, with the same metric, period, basis and qualifier. */
  same: number;
  speakers: number;
  sameRole: number;
}

/** Layouts whose speakers stand on lines of their own: their turns can be re-laid line by line. */
const LAYOUTS = ['seeking_alpha', 'streetevents_eikon_txt', 'motley_fool_classic_scraped'];
/** Rules, page numbers and turn numbers of the source layout: no speech to carry over. */
const NOT_SPEECH = /^\s*(?:[-=_]{5,}|\[\d+\])\s*$/;

function stamp(seconds: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `[${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}]`;
}

/** The call written again in a transcription service's layout. */
export function relaid(t: Transcript, lines: readonly string[]): string {
  const out = [
    `${t.meta.company ?? 'Company'} (${t.meta.ticker ?? 'TICK'}) ${t.meta.period ? formatPeriod(t.meta.period) : ''} Earnings Call Transcript`,
    t.meta.date ?? '',
    '',
  ];
  let seconds = 5;
  for (const u of t.turns) {
    const label = u.speaker + (u.title ? `, ${u.title}` : u.firm ? `, ${u.firm}` : '');
    let first = true;
    for (let i = u.bodyStart.line; i <= u.range.end.line && i < lines.length; i++) {
      const text = (i === u.bodyStart.line ? lines[i]!.slice(u.bodyStart.character) : lines[i]!).replace(/\r$/, '').trim();
      if (!text || NOT_SPEECH.test(text)) continue;
      out.push(first ? `${stamp(seconds)} ${label}: ${text}` : text, '');
      seconds += 17;
      first = false;
    }
  }
  return out.join('\n');
}

const attribution = (f: Figure) => [f.metric, f.period && formatPeriod(f.period), f.basis, f.qualifier ?? ''].join('|');

export function scoreRelayout(transcripts: string, every = 3): RelayoutScore {
  const score: RelayoutScore = { files: 0, turns: 0, turnsRelaid: 0, figures: 0, aligned: 0, same: 0, speakers: 0, sameRole: 0 };
  for (const layout of LAYOUTS) {
    const names = readdirSync(path.join(transcripts, layout))
      .filter((n) => n.endsWith('.txt'))
      .sort();
    for (const [k, name] of names.entries()) {
      if (k % every !== 0) continue;
      const text = readFileSync(path.join(transcripts, layout, name), 'utf8');
      const a = analyse(text);
      if (a.calls.length !== 1 || a.transcript.turns.length === 0) continue;
      const b = analyse(relaid(a.transcript, text.split('\n')));
      score.files++;
      score.turns += a.transcript.turns.length;
      score.turnsRelaid += b.transcript.turns.length;
      const fa = a.figures.filter((f) => f.turn !== null);
      const fb = b.figures.filter((f) => f.turn !== null);
      score.figures += fa.length;
      // The same figures in the same order: walk both lists, skipping where one has a figure the other lacks.
      for (let i = 0, j = 0; i < fa.length && j < fb.length;) {
        if (fa[i]!.text === fb[j]!.text) {
          score.aligned++;
          if (attribution(fa[i]!) === attribution(fb[j]!)) score.same++;
          i++;
          j++;
        } else if (fa.length - i > fb.length - j) i++;
        else j++;
      }
      const roles = new Map(b.transcript.turns.map((u) => [u.speaker, u.role]));
      for (const [speaker, role] of new Map(a.transcript.turns.map((u) => [u.speaker, u.role]))) {
        score.speakers++;
        if (roles.get(speaker) === role) score.sameRole++;
      }
    }
  }
  return score;
}
