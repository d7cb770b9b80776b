// The ledger line on a figure's hover card: the judgements published on that figure (within the
// call and across calls), each once, linked to the statement it is measured against. The rows are
// the published diagnostics' messages, which features/judgementText wrote from the judgements.
import type { Diagnostic } from 'vscode-languageserver-types';
import { JUDGEMENT_CODES, type JudgementCode } from '../ledger/judge';
import type { HoverSection } from './hover';

function markdown(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

/** A URI's last segment, decoded: how a file is named where a statement in it is cited. */
export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** The judgements among published diagnostics by the line they start on, made once per published set. */
const byLine = new WeakMap<readonly Diagnostic[], Map<number, Diagnostic[]>>();

function judgementsOn(published: readonly Diagnostic[], line: number): Diagnostic[] {
  let index = byLine.get(published);
  if (!index) {
    index = new Map();
    for (const d of published) {
      if (!JUDGEMENT_CODES.includes(d.code as JudgementCode)) continue;
      const list = index.get(d.range.start.line);
      if (list) list.push(d);
      else index.set(d.range.start.line, [d]);
    }
    byLine.set(published, index);
  }
  return index.get(line) ?? [];
}

/** A hover section over the diagnostics last published for a document. */
export function ledgerSection(published: (uri: string) => readonly Diagnostic[]): HoverSection {
  return (f, ctx) => {
    const seen = new Set<string>();
    const rows = judgementsOn(published(ctx.uri), f.range.start.line)
      .filter((d) => d.range.start.character === f.range.start.character)
      .filter((d) => {
        // One judgement published twice (the call's own and again across calls) is one row.
        const at = d.relatedInformation?.[0]?.location;
        const k = `${d.code} ${at?.uri} ${at?.range.start.line}:${at?.range.start.character}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .map((d) => {
        const at = d.relatedInformation?.[0]?.location;
        const where = at ? `${at.uri === ctx.uri ? 'line' : `${markdown(fileName(at.uri))} line`} ${at.range.start.line + 1}` : null;
        const link = at ? ` — [${where}](${at.uri}#L${at.range.start.line + 1},${at.range.start.character + 1})` : '';
        return `- \`${d.code}\` ${markdown(d.message)}${link}`;
      });
    return rows.length ? `**Ledger**\n${rows.join('\n')}` : null;
  };
}
