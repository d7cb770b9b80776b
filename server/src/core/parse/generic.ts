// Any layout no preset recognises, read by the layout-general reader from the shapes that recur in it.
import type { TranscriptFormat } from './format';
import { isUnidentified, looksLikeName } from './names';
import { layoutConfidence, readLayout } from './reader';

/** A name that may open an inline turn: two words or more, or the operator. */
export function speakerName(name: string): boolean {
  return name === 'Operator' || isUnidentified(name) || (looksLikeName(name, 4) && /\s/.test(name));
}

export const generic: TranscriptFormat = {
  id: 'generic',
  /**
   * Below any layout that recognises itself (its banner, its headings): the general reading is the
   * fallback, and still at or above the detection threshold when speakers recur well.
   */
  detect: (lines) => Math.round(layoutConfidence(lines) * 0.6 * 100) / 100,
  parse: (lines) => readLayout(lines).draft,
};
