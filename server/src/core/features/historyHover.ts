// The hover card's way into a metric's history across the company's calls: a command link the
// client runs (it trusts only this command in hover text). Figures with no metric have no history.
import type { HoverSection } from './hover';

export const HISTORY_COMMAND = 'transcriptLens.showHistory';

export const historySection: HoverSection = (f, ctx) => {
  if (!f.metric || f.value === null) return null;
  const args = [{ uri: ctx.uri, line: f.range.start.line, metric: f.metric, segment: f.segment ?? null }];
  const name = `${f.segment ? `${f.segment} ` : ''}${f.metric}`.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
  return `[History of ${name} across calls](command:${HISTORY_COMMAND}?${encodeURIComponent(JSON.stringify(args))})`;
};
