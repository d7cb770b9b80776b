// Where questions start in layouts that have no Q&A heading: the operator's first introduction
// of a question ("Our first question comes from ...", "... would like to ask a question, please press 1").
import type { TextLines } from '../text';
import type { TurnMark } from './assemble';
import { head } from './format';

const INTRODUCES_QUESTION =
  /\b(?:first|next|following) question\b|\bquestions? (?:comes?|is) from\b|\bfrom the line of\b|\b(?:would like|wish|like) to ask a question\b|\bopen (?:the (?:call|line|lines|floor) )?(?:up )?(?:for|to) (?:your )?questions\b/i;
/** Opening remarks announce the Q&A for later; that is not its start. */
const ANNOUNCES_LATER = /\b(?:will follow|later|after the (?:formal )?presentation|following the (?:formal )?presentation|at that time|will be given)\b/i;

/** The operator turn that opens the Q&A, or null. Reads at most three lines of each turn. */
export function inferQaStart(lines: TextLines, turns: TurnMark[]): TurnMark | null {
  for (const t of turns) {
    if (!/^operator$/i.test(t.speaker)) continue;
    let text = head(lines, t.bodyStart.line).slice(t.bodyStart.character);
    for (let i = t.bodyStart.line + 1; i < Math.min(lines.count, t.bodyStart.line + 3); i++) text += ` ${head(lines, i)}`;
    if (INTRODUCES_QUESTION.test(text) && !ANNOUNCES_LATER.test(text)) return t;
  }
  return null;
}
