// The ledger line on a figure's hover card: the judgements published on that figure (within the
// call and across calls), each linked to the statement it is measured against.
import type { Diagnostic } from 'vscode-languageserver-types';
import { JUDGEMENT_CODES, type JudgementCode } from '../ledger/judge';
import type { HoverSection } from './hover';

function markdown(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** A hover section over the diagnostics last published for a document. */
export function ledgerSection(published: (uri: string) => readonly Diagnostic[]): HoverSection {
  return (f, ctx) => {
    const rows = published(ctx.uri)
      .filter((d) => JUDGEMENT_CODES.includes(d.code as JudgementCode))
      .filter((d) => d.range.start.line === f.range.start.line && d.range.start.character === f.range.start.character)
      .map((d) => {
        const at = d.relatedInformation?.[0]?.location;
        const where = at ? `${at.uri === ctx.uri ? 'line' : `${markdown(fileName(at.uri))} line`} ${at.range.start.line + 1}` : null;
        const link = at ? ` — [${where}](${at.uri}#L${at.range.start.line + 1},${at.range.start.character + 1})` : '';
        return `- \`${d.code}\` ${markdown(d.message)}${link}`;
      });
    return rows.length ? `**Ledger**\n${rows.join('\n')}` : null;
  };
}
