// Any other layout: section titles on lines of their own and speaker lines of the common shapes
// ("Name - Firm - Title", "Operator", "Name: text"). Better some structure than none, but only
// where speakers recur: a list of sentences or a JSON dump gets no invented speakers.
import { emptyMeta } from '../model';
import type { TextLines } from '../text';
import type { SectionMark, TurnMark } from './assemble';
import type { TranscriptFormat } from './format';
import { head, headerTurn, inlineTurn, sniffCount } from './format';
import { isUnidentified, looksLikeName, nameKey } from './names';
import { sectionKind } from './sections';
import { readSpeakerLine } from './streetEventsPdf';

/** "Name:" at the start of a line; the name is checked separately, so this cannot run long. */
const INLINE = /^(\s*)([^:\s][^:]{0,59}?)\s*:/;

/** A name that may open an inline turn: two words or more, or the operator. */
export function speakerName(name: string): boolean {
  return name === 'Operator' || isUnidentified(name) || (looksLikeName(name, 4) && /\s/.test(name));
}

function turnAt(lines: TextLines, i: number): TurnMark | null {
  const raw = head(lines, i);
  const inline = INLINE.exec(raw);
  if (inline && speakerName(inline[2])) {
    const nameStart = inline[1].length;
    let body = inline[0].length;
    while (body < raw.length && /\s/.test(raw[body])) body++;
    if (body >= raw.length) return headerTurn(lines, i, { speaker: inline[2], firm: null, title: null });
    return inlineTurn(i, { speaker: inline[2], firm: null, title: null }, nameStart, body);
  }
  // Speaker lines of their own open a paragraph.
  if (i > 0 && !lines.isBlank(i - 1)) return null;
  const line = readSpeakerLine(raw);
  return line ? headerTurn(lines, i, line) : null;
}

function sectionAt(lines: TextLines, i: number): SectionMark | null {
  const text = head(lines, i).trim().replace(/:$/, '');
  const kind = text.length <= 40 ? sectionKind(text) : null;
  return kind ? { boundary: i, line: i, title: text, kind } : null;
}

function scan(lines: TextLines, count: number): { sections: SectionMark[]; turns: TurnMark[]; recurring: number } {
  const sections: SectionMark[] = [];
  const turns: TurnMark[] = [];
  const counts = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (lines.isBlank(i)) continue;
    const s = sectionAt(lines, i);
    if (s) {
      sections.push(s);
      continue;
    }
    const t = turnAt(lines, i);
    if (t) {
      turns.push(t);
      counts.set(nameKey(t.speaker), (counts.get(nameKey(t.speaker)) ?? 0) + 1);
    }
  }
  return { sections, turns, recurring: [...counts.values()].filter((c) => c >= 2).length };
}

export const generic: TranscriptFormat = {
  id: 'generic',

  /** Speaker lines that recur: two or more people speaking at least twice each. */
  detect(lines) {
    const { sections, turns, recurring } = scan(lines, sniffCount(lines));
    if (recurring < 2) return 0;
    // Below the score of a layout that recognises itself fully.
    return Math.min(0.9, turns.length * 0.04 + recurring * 0.1 + sections.length * 0.1);
  },

  parse(lines) {
    const { sections, turns, recurring } = scan(lines, lines.count);
    if (recurring >= 2) return { format: 'generic', meta: emptyMeta(), sections, turns, participants: [], notes: [] };
    return { format: 'plain', meta: emptyMeta(), sections, turns: [], participants: [], notes: ['No speaker turns recognised: figures only.'] };
  },
};
