// Section titles across providers, tolerant of OCR damage ("OUESTIONS AND ANSWERS").
import type { SectionKind } from '../model';
import { editDistance } from './names';

const TITLES: [string, SectionKind][] = [
  ['corporate participants', 'participants'],
  ['conference call participants', 'participants'],
  ['conference call participiants', 'participants'],
  ['company participants', 'participants'],
  ['call participants', 'participants'],
  ['executives', 'participants'],
  ['analysts', 'participants'],
  ['participants', 'participants'],
  ['presentation', 'presentation'],
  ['management discussion section', 'presentation'],
  ['management discussion', 'presentation'],
  ['opening remarks', 'presentation'],
  ['question and answer section', 'qa'],
  ['presentation summary', 'presentation'],
  ['prepared remarks', 'presentation'],
  ['questions and answers', 'qa'],
  ['question and answer session', 'qa'],
  ['question and answer', 'qa'],
  ['questions answers', 'qa'],
  ['q a', 'qa'],
  ['q a session', 'qa'],
  ['disclaimer', 'disclaimer'],
  ['definitions', 'disclaimer'],
  ['overview', 'other'],
  ['financial data', 'other'],
  ['full conference call transcript', 'presentation'],
];

function normalise(title: string): string {
  return title
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** The kind of a section title, or null when the line is not a known title. */
export function sectionKind(title: string): SectionKind | null {
  const t = normalise(title);
  if (t.length === 0 || t.length > 40) return null;
  for (const [name, kind] of TITLES) if (t === name) return kind;
  // OCR damage: allow one wrong letter in short titles, two in long ones.
  for (const [name, kind] of TITLES) {
    if (name.length < 8) continue;
    if (editDistance(t, name, name.length >= 16 ? 2 : 1) <= (name.length >= 16 ? 2 : 1)) return kind;
  }
  return null;
}
