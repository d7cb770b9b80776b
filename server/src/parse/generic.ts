// Any other layout: section titles on lines of their own and speaker lines of the common shapes
// ("Name - Firm - Title", "Operator", "Name: text"). Better some structure than none.
import { emptyMeta } from '../model';
import type { TextLines } from '../text';
import type { SectionMark, TurnMark } from './assemble';
import type { TranscriptFormat } from './format';
import { sniffCount } from './format';
import { nameKey } from './names';
import { sectionKind } from './sections';
import { PERSON, readSpeakerLine } from './streetEventsPdf';

const INLINE = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,4})\s*:\s*\S/u;

function turnAt(lines: TextLines, i: number): TurnMark | null {
  const raw = lines.line(i);
  if (i > 0 && !lines.isBlank(i - 1)) {
    // Only inline "Name: text" turns may follow a line directly.
    if (!INLINE.test(raw)) return null;
  }
  const text = raw.trim();
  const start = raw.length - raw.trimStart().length;
  const line = readSpeakerLine(raw);
  if (line) {
    return { boundary: i, line: i, ...line, headerRange: { start: { line: i, character: start }, end: { line: i, character: start + text.length } }, bodyStart: { line: Math.min(i + 1, lines.count - 1), character: 0 } };
  }
  const inline = INLINE.exec(raw);
  if (inline && PERSON.test(inline[1]) && inline[1].split(/\s+/).length >= 2 || inline?.[1] === 'Operator') {
    const nameStart = raw.indexOf(inline[1]);
    const colon = raw.indexOf(':', nameStart + inline[1].length);
    let body = colon + 1;
    while (body < raw.length && /\s/.test(raw[body])) body++;
    return { boundary: i, line: i, speaker: inline[1], firm: null, title: null, headerRange: { start: { line: i, character: nameStart }, end: { line: i, character: nameStart + inline[1].length } }, bodyStart: { line: i, character: body } };
  }
  return null;
}

function sectionAt(lines: TextLines, i: number): SectionMark | null {
  const text = lines.line(i).trim().replace(/:$/, '');
  const kind = text.length <= 40 ? sectionKind(text) : null;
  return kind ? { boundary: i, line: i, title: text, kind } : null;
}

export const generic: TranscriptFormat = {
  id: 'generic',

  /** Speaker lines that recur: two or more people speaking at least twice each, or a section layout. */
  detect(lines) {
    const n = sniffCount(lines);
    const counts = new Map<string, number>();
    let sections = 0;
    for (let i = 0; i < n; i++) {
      if (sectionAt(lines, i)) sections++;
      const t = turnAt(lines, i);
      if (t) counts.set(nameKey(t.speaker), (counts.get(nameKey(t.speaker)) ?? 0) + 1);
    }
    const recurring = [...counts.values()].filter((c) => c >= 2).length;
    const turns = [...counts.values()].reduce((a, b) => a + b, 0);
    if (recurring < 2) return 0;
    return Math.min(1, turns * 0.04 + recurring * 0.1 + sections * 0.1);
  },

  parse(lines) {
    const sections: SectionMark[] = [];
    const turns: TurnMark[] = [];
    for (let i = 0; i < lines.count; i++) {
      if (lines.isBlank(i)) continue;
      const s = sectionAt(lines, i);
      if (s) sections.push(s);
      else {
        const t = turnAt(lines, i);
        if (t) turns.push(t);
      }
    }
    return { format: turns.length ? 'generic' : 'plain', meta: emptyMeta(), sections, turns, participants: [], notes: turns.length ? [] : ['No speaker turns recognised: figures only.'] };
  },
};
