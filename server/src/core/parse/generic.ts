// Any layout no preset recognises, read by the layout-general reader from the shapes that recur in it.
import type { TranscriptFormat } from './format';
import { layoutConfidence, readLayout } from './reader';

export const generic: TranscriptFormat = {
  id: 'generic',
  /**
   * Below any layout that recognises itself (its banner, its headings): the general reading is the
   * fallback, and still at or above the detection threshold when speakers recur well.
   */
  detect: (lines) => Math.round(layoutConfidence(lines) * 0.6 * 100) / 100,
  parse: (lines) => readLayout(lines).draft,
};
