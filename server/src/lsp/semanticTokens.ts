// textDocument/semanticTokens/full: figures by what they are (actual, guidance, expectation,
// target, prior-period, change), so a theme can colour them apart. The types are declared in
// package.json (semanticTokenTypes, each a kind of `number`).
import { SemanticTokensBuilder, type SemanticTokensLegend } from 'vscode-languageserver/node';
import { placedFigures, type Figure } from '../core';
import type { Server } from './context';
import { guard } from './guard';

const TYPE_OF: Partial<Record<Figure['basis'], string>> = {
  actual: 'actualFigure',
  guidance: 'guidanceFigure',
  'revised-guidance': 'guidanceFigure',
  expectation: 'expectationFigure',
  target: 'targetFigure',
  prior: 'priorFigure',
  change: 'changeFigure',
};

export const FIGURE_TOKEN_TYPES = ['actualFigure', 'guidanceFigure', 'expectationFigure', 'targetFigure', 'priorFigure', 'changeFigure'];
export const LEGEND: SemanticTokensLegend = { tokenTypes: FIGURE_TOKEN_TYPES, tokenModifiers: ['revised'] };

export function registerSemanticTokens(s: Server): void {
  s.connection.languages.semanticTokens.on(
    guard(s.connection, 'semanticTokens', { data: [] }, async (p, token) => {
      const stop = () => token.isCancellationRequested;
      const builder = new SemanticTokensBuilder();
      if (!s.settings.views.semanticTokens) return builder.build();
      const a = await s.store.analysis(p.textDocument.uri, stop);
      if (!a || !(await s.store.readFigures(p.textDocument.uri, a, stop))) return builder.build();
      for (const call of a.calls) {
        for (const f of placedFigures(call)) {
          const type = TYPE_OF[f.basis];
          // A token lies on one line; a figure broken over two is left to the grammar.
          if (!type || f.range.start.line !== f.range.end.line) continue;
          builder.push(
            f.range.start.line,
            f.range.start.character,
            f.range.end.character - f.range.start.character,
            FIGURE_TOKEN_TYPES.indexOf(type),
            f.basis === 'revised-guidance' ? 1 : 0,
          );
        }
      }
      return builder.build();
    }),
  );
}
