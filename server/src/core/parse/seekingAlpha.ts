// Seeking Alpha's preset for the layout-general reader: its title line names the exchange and
// ticker in brackets ("Acme Corp. (NYSE:ACME) Q2 2031 Earnings Call ...") and its Q&A heading is
// "Question-and-Answer Session"; some copies open with a "Call Start:" placeholder line. Rosters,
// speaker lines and roles are read from their shapes like any other layout's.
import type { TextLines } from '../text';
import type { TranscriptFormat } from './format';
import { head, sniffCount } from './format';
import { layoutConfidence, readLayout, type Preset } from './reader';

const EXCHANGE_TICKER = /\(([A-Za-z]{2,12})\s*:\s*([A-Z][A-Z0-9.]{0,7})\)/;
const QA_HEADING = /^question-and-answer session$/i;

/** The banner: a bracketed ticker in a title within the first lines, and the Q&A heading below. */
function banner(lines: TextLines): number {
  let score = 0;
  for (let i = 0; i < Math.min(8, lines.count); i++) {
    const text = head(lines, i);
    if (EXCHANGE_TICKER.test(text)) score = Math.max(score, /\b(call|conference|earnings|results)\b/i.test(text) ? 0.3 : 0.15);
  }
  for (let i = 0; i < sniffCount(lines) && score > 0; i++) if (QA_HEADING.test(head(lines, i).trim())) return score + 0.1;
  return score;
}

export const SEEKING_ALPHA: Preset = {
  id: 'seeking-alpha',
  provider: 'Seeking Alpha',
  recognises: (lines) => banner(lines) > 0,
  ignoreHeaderLine: (text) => /^call (start|end)\b/i.test(text),
};

export const seekingAlpha: TranscriptFormat = {
  id: 'seeking-alpha',
  /** The preset never decides alone: without its banner the file is read as the generic layout. */
  detect(lines) {
    const b = banner(lines);
    return b > 0 ? Math.min(1, b + layoutConfidence(lines)) : 0;
  },
  parse: (lines) => readLayout(lines, [SEEKING_ALPHA]).draft,
};
