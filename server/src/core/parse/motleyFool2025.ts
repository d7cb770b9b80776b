// Motley Fool transcripts in the 2025 page layout: "Call participants" as "Title — Name", generated
// summary bullets and a glossary, then "Full Conference Call Transcript" with inline "Name:Text"
// turns (often no space after the colon) and no Q&A heading: the Q&A starts where the operator
// first introduces a question.
import type { Participant } from '../model';
import type { TextLines } from '../text';
import type { SectionMark, TurnMark } from './assemble';
import type { TranscriptFormat } from './format';
import { head, inlineTurn, sniffCount } from './format';
import { speakerName } from './generic';
import { hasFoolHeader, readFoolHeader } from './motleyFool';
import { looksLikeName, nameKey } from './names';
import { addInferredSections } from './qa';

const TRANSCRIPT_HEADING = /^full (?:conference )?call transcript$/i;
const PARTICIPANTS_HEADING = /^call participants:?$/i;
const ROSTER_ENTRY = /^(\S.{0,119}?)\s+[—–-]\s+(\S.{0,59})$/;
const INLINE = /^(\s*)([^:\s][^:]{0,59}?)\s*:/;
const OTHER_HEADING = /^(?:industry glossary|risks|takeaways|summary|stocks mentioned)$/i;

function rosterEntry(text: string): { name: string; title: string } | null {
  const m = ROSTER_ENTRY.exec(text);
  return m && looksLikeName(m[2]) ? { name: m[2].trim(), title: m[1].trim() } : null;
}

function inlineAt(lines: TextLines, i: number, roster: Set<string>): TurnMark | null {
  const raw = head(lines, i);
  const m = INLINE.exec(raw);
  if (!m || !(speakerName(m[2]) || roster.has(nameKey(m[2])))) return null;
  let body = m[0].length;
  while (body < raw.length && /\s/.test(raw[body])) body++;
  return inlineTurn(i, { speaker: m[2], firm: null, title: null }, m[1].length, Math.min(body, raw.length));
}

export const motleyFool2025: TranscriptFormat = {
  id: 'motley-fool-2025',

  detect(lines) {
    let score = hasFoolHeader(lines) ? 0.2 : 0;
    let turns = 0;
    let inTranscript = false;
    const n = sniffCount(lines);
    for (let i = 0; i < n; i++) {
      const text = head(lines, i).trim();
      if (TRANSCRIPT_HEADING.test(text)) {
        score += 0.4;
        inTranscript = true;
      } else if (PARTICIPANTS_HEADING.test(text)) score += 0.1;
      else if (!inTranscript && rosterEntry(text)) score += 0.05;
      else if (inTranscript && inlineAt(lines, i, new Set())) turns++;
    }
    return Math.min(1, score + Math.min(0.4, turns * 0.05));
  },

  parse(lines) {
    const { meta, after } = readFoolHeader(lines);
    const sections: SectionMark[] = [];
    const turns: TurnMark[] = [];
    const participants: Participant[] = [];
    const roster = new Set<string>();
    let state: 'header' | 'participants' | 'summary' | 'transcript' = 'header';

    for (let i = after; i < lines.count; i++) {
      if (lines.isBlank(i)) continue;
      const text = head(lines, i).trim();
      if (TRANSCRIPT_HEADING.test(text)) {
        sections.push({ boundary: i, line: i, title: text, kind: 'presentation' });
        state = 'transcript';
        continue;
      }
      if (state !== 'transcript' && PARTICIPANTS_HEADING.test(text)) {
        sections.push({ boundary: i, line: i, title: text, kind: 'participants' });
        state = 'participants';
        continue;
      }
      if (OTHER_HEADING.test(text)) {
        sections.push({ boundary: i, line: i, title: text, kind: 'other' });
        if (state !== 'transcript') state = 'summary';
        else break; // the page's footer
        continue;
      }
      if (state === 'participants') {
        const entry = rosterEntry(text);
        if (entry) {
          participants.push({ name: entry.name, firm: meta.company, title: entry.title, role: /\banalyst\b/i.test(entry.title) ? 'analyst' : 'executive', range: lines.lineRange(i, i) });
          roster.add(nameKey(entry.name));
          continue;
        }
        sections.push({ boundary: i, line: i, title: 'Summary', kind: 'other' });
        state = 'summary';
      }
      if (state === 'transcript') {
        const turn = inlineAt(lines, i, roster);
        if (turn) turns.push(turn);
      }
    }

    addInferredSections(lines, sections, turns);
    return { format: 'motley-fool-2025', meta, sections, turns, participants, notes: [] };
  },
};
