// Where questions start in layouts that have no Q&A heading: the operator's first introduction
// of a question ("Our first question comes from ...", "... would like to ask a question, please press 1").
import type { TextLines } from '../text';
import type { SectionMark, TurnMark } from './assemble';
import { head } from './format';

const INTRODUCES_QUESTION =
  /\b(?:first|next|following|final|last) question\b|\bquestions? (?:comes?|is) from\b|\bfrom the line of\b|\b(?:would like|wish|like) to ask a question\b|\bopen (?:the (?:call|line|lines|floor) )?(?:up )?(?:for|to) (?:your )?questions\b/i;
/** An operator's turn that is only the next questioner's name and firm: "Rod Hall from Goldman Sachs." */
const BARE_INTRODUCTION = /^(?:\p{Lu}[\p{L}.'-]*\s+){1,3}(?:from|with|of)\s+\p{Lu}[\p{L}&.,' -]{1,60}\.?$/u;
/** The company opens the Q&A itself: "let's go ahead and open the line for questions". */
const OPENS_QUESTIONS =
  /\bopen (?:the |it )?(?:call|line|lines|floor)?\s*(?:up )?(?:for|to) (?:your )?questions\b|\b(?:take|begin|start) (?:your |the )?questions\b/i;

/** Whether an operator's words hand the line to a questioner. */
export function introducesQuestioner(text: string): boolean {
  return (INTRODUCES_QUESTION.test(text) && !ANNOUNCES_LATER.test(text)) || (text.length <= 100 && BARE_INTRODUCTION.test(text.trim()));
}

/** Opening remarks announce the Q&A for later; that is not its start. */
const ANNOUNCES_LATER = /\b(?:will follow|later|after the (?:formal )?presentation|following the (?:formal )?presentation|at that time|will be given)\b/i;

/** The operator turn that opens the Q&A, or null. Reads at most three lines of each turn, none of the next turn's. */
export function inferQaStart(lines: TextLines, turns: TurnMark[]): TurnMark | null {
  for (const [k, t] of turns.entries()) {
    const end = Math.min(lines.count, t.bodyStart.line + 3, turns[k + 1]?.line ?? lines.count);
    let text = head(lines, t.bodyStart.line).slice(t.bodyStart.character);
    for (let i = t.bodyStart.line + 1; i < end; i++) text += ` ${head(lines, i)}`;
    if (/^operator$/i.test(t.speaker)) {
      if (introducesQuestioner(text)) return t;
    } else if (OPENS_QUESTIONS.test(text) && !ANNOUNCES_LATER.test(text) && turns[k + 1]) return turns[k + 1]!; // the company hands over to the Q&A
  }
  return null;
}

/**
 * Where the layout gave no headings: a Q&A section at the operator's first question, and a
 * presentation section at the first turn when turns come before the Q&A outside any section.
 */
export function addInferredSections(lines: TextLines, sections: SectionMark[], turns: TurnMark[], qaTitle = 'Questions and Answers'): void {
  if (!sections.some((s) => s.kind === 'qa')) {
    const qa = inferQaStart(lines, turns);
    if (qa) sections.push({ boundary: qa.line, line: qa.line, title: qaTitle, kind: 'qa' });
  }
  const first = turns[0];
  if (!first || sections.some((s) => s.kind === 'presentation')) return;
  const before = sections.filter((s) => s.line <= first.line).pop();
  if (!before || before.kind === 'header' || before.kind === 'participants' || before.kind === 'other') {
    sections.push({ boundary: first.boundary, line: first.line, title: 'Presentation', kind: 'presentation' });
  }
}
