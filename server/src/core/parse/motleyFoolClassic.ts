// Motley Fool transcripts in the older page layout: "Prepared Remarks:", "Questions & Answers:"
// and "Call participants:" headings; each turn opened by "Operator" or a speaker line
// "Name--Title" / "Name--Firm -- Analyst"; the roster, at the end, repeats the speaker lines.
import type { Participant, SectionKind } from '../model';
import type { SectionMark, TurnMark } from './assemble';
import type { Speaker, TranscriptFormat } from './format';
import { head, headerTurn, sniffCount } from './format';
import { hasFoolHeader, readFoolHeader } from './motleyFool';
import { isUnidentified, looksLikeName, nameKey } from './names';
import { addInferredSections } from './qa';

const HEADINGS: [RegExp, SectionKind][] = [
  [/^prepared remarks:$/i, 'presentation'],
  [/^questions?\s*(?:&|and)\s*answers?:$/i, 'qa'],
  [/^call participants:$/i, 'participants'],
];
const SPEAKER_LINE = /^(\S.{0,59}?)\s*--\s*(\S.*)$/;

function headingAt(text: string): SectionKind | null {
  for (const [re, kind] of HEADINGS) if (re.test(text)) return kind;
  return null;
}

/** "Name--Title", "Name--Firm -- Analyst", "Operator"; null for any other line. */
export function readFoolSpeaker(text: string): Speaker | null {
  if (text === 'Operator' || isUnidentified(text)) return { speaker: text, firm: null, title: null };
  const m = SPEAKER_LINE.exec(text);
  if (!m || !(looksLikeName(m[1]) || isUnidentified(m[1])) || /[.!?,;:]$/.test(text)) return null;
  const parts = m[2].split(/\s+--\s+/);
  const title = parts[parts.length - 1].trim();
  const firm = parts.length > 1 ? parts.slice(0, -1).join(' -- ').trim() : null;
  return { speaker: m[1].trim(), firm, title, role: /^analyst$/i.test(title) ? 'analyst' : undefined };
}

export const motleyFoolClassic: TranscriptFormat = {
  id: 'motley-fool-classic',

  detect(lines) {
    let score = hasFoolHeader(lines) ? 0.3 : 0;
    let speakers = 0;
    const n = sniffCount(lines);
    for (let i = 0; i < n; i++) {
      const text = head(lines, i).trim();
      if (/^full conference call transcript$/i.test(text)) return 0; // the 2025 layout
      if (headingAt(text)) score += 0.2;
      if (text.includes('--') && readFoolSpeaker(text)) speakers++;
    }
    // Enough speaker lines recognise a page copied without its headings.
    return Math.min(1, score + Math.min(0.6, speakers * 0.06));
  },

  parse(lines) {
    const { meta, after } = readFoolHeader(lines);
    const sections: SectionMark[] = [];
    const turns: TurnMark[] = [];
    const participants: Participant[] = [];
    let current: SectionKind | null = null;

    for (let i = after; i < lines.count; i++) {
      if (lines.isBlank(i)) continue;
      const text = head(lines, i).trim();
      const kind = headingAt(text);
      if (kind) {
        sections.push({ boundary: i, line: i, title: text.replace(/:$/, ''), kind });
        current = kind;
        continue;
      }
      const who = readFoolSpeaker(text);
      if (current === 'participants') {
        if (who && who.speaker !== 'Operator') {
          // The roster may list one person twice, named two ways ("Amy E. Hood", "Amy Hood").
          if (participants.some((p) => nameKey(p.name) === nameKey(who.speaker))) continue;
          participants.push({ name: who.speaker, firm: who.firm, title: who.title, role: who.role ?? 'executive', range: lines.lineRange(i, i) });
        } else {
          // The page's footer after the roster.
          sections.push({ boundary: i, line: i, title: text.slice(0, 60), kind: 'other' });
          current = 'other';
        }
        continue;
      }
      if (current !== 'other' && who && (i === 0 || lines.isBlank(i - 1))) turns.push(headerTurn(lines, i, who));
    }
    addInferredSections(lines, sections, turns);
    return { format: 'motley-fool-classic', meta, sections, turns, participants, notes: [] };
  },
};
