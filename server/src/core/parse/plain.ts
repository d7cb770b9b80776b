// Files that are data, not a transcript layout, whatever their name says: JSON saved as .txt and
// token-per-line NLP tables. They parse as plain text: no speakers, figures only.
import { emptyMeta } from '../model';
import type { TextLines } from '../text';
import type { Draft } from './assemble';
import { head, sniffCount } from './format';

/** True for a JSON document or a table of `|`- or tab-separated fields, one record a line. */
export function isDataDump(lines: TextLines): boolean {
  let first = 0;
  while (first < lines.count && lines.isBlank(first)) first++;
  if (first === lines.count) return false;
  const start = head(lines, first).trimStart();
  if (/^[[{]/.test(start) && /^[[{]\s*(?:["[{\]}]|$)/.test(start)) return true;
  let seen = 0;
  let records = 0;
  for (let i = first; i < sniffCount(lines) && seen < 50; i++) {
    if (lines.isBlank(i)) continue;
    seen++;
    const text = head(lines, i);
    if ((text.match(/\|/g)?.length ?? 0) >= 3 || (text.match(/\t/g)?.length ?? 0) >= 3) records++;
  }
  return seen >= 5 && records / seen > 0.8;
}

export function plainDraft(note: string): Draft {
  return { format: 'plain', meta: emptyMeta(), sections: [], turns: [], participants: [], notes: [note] };
}
