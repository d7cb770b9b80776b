// The grammar on the real TextMate engine (vscode-textmate with the Oniguruma WASM build).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { repoRoot } from '../paths';

let grammar: vsctm.IGrammar;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => {
      if (scope !== 'text.transcript') return null;
      const file = path.join(repoRoot, 'syntaxes', 'transcript.tmLanguage.json');
      return vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file);
    },
  });
  const g = await registry.loadGrammar('text.transcript');
  assert.ok(g);
  grammar = g;
});

/** The scopes (less the root) of each token's text on one line. */
function scopesOf(line: string): [string, string][] {
  const { tokens } = grammar.tokenizeLine(line, vsctm.INITIAL);
  return tokens.map((t): [string, string] => [line.slice(t.startIndex, t.endIndex), t.scopes.slice(1).join(' ')]).filter(([, s]) => s.length > 0);
}

function scopeOf(line: string, text: string): string | undefined {
  return scopesOf(line).find(([t]) => t === text)?.[1];
}

describe('transcript grammar', () => {
  it('scopes a speaker line as name, firm and title', () => {
    const line = 'Mira J. Okafor - Zephyr Widgets Corp - VP of Investor Relations';
    assert.match(scopeOf(line, 'Mira J. Okafor') ?? '', /entity\.name\.function\.speaker/);
    assert.match(scopeOf(line, 'Zephyr Widgets Corp') ?? '', /entity\.name\.type\.firm/);
    assert.match(scopeOf(line, 'VP of Investor Relations') ?? '', /entity\.other\.attribute-name\.title/);
  });

  it('scopes an export turn header with its number', () => {
    const line = 'Priya Raman,  Northgate Securities - Analyst    [4]';
    assert.match(scopeOf(line, 'Priya Raman') ?? '', /speaker/);
    assert.match(scopeOf(line, 'Northgate Securities') ?? '', /firm/);
    assert.match(scopeOf(line, '[4]') ?? '', /constant\.numeric\.turn-number/);
  });

  it('does not take prose with dashes for a speaker line', () => {
    const line = 'We remain cautious - as always - about the macro environment.';
    assert.ok(scopesOf(line).every(([, s]) => !/speaker/.test(s)));
  });

  it('scopes section titles, the operator, markers and header lines', () => {
    assert.match(scopeOf('QUESTIONS AND ANSWERS', 'QUESTIONS AND ANSWERS') ?? '', /markup\.heading/);
    assert.match(scopeOf('OUESTIONS AND ANSWERS', 'OUESTIONS AND ANSWERS') ?? '', /markup\.heading/);
    assert.match(scopeOf('Operator', 'Operator') ?? '', /keyword\.other\.operator/);
    assert.match(scopeOf('(Operator Instructions)', '(Operator Instructions)') ?? '', /comment\.block\.marker/);
    assert.match(scopeOf('THOMSON REUTERS STREETEVENTS', 'THOMSON REUTERS STREETEVENTS') ?? '', /markup\.heading\.provider/);
    assert.match(scopeOf('EVENT DATE/TIME: NOVEMBER 04, 2031 / 10:00PM GMT', 'EVENT DATE/TIME:') ?? '', /keyword\.other\.label/);
    assert.match(scopeOf('='.repeat(80), '='.repeat(80)) ?? '', /meta\.separator/);
  });

  it('scopes money, percentages and forward-looking words in prose', () => {
    const line = 'We expect revenue of \\$12.5 million, gross margin of 41.5% and EUR 3 bn in outlook.';
    assert.match(scopeOf(line, '\\$12.5 million') ?? '', /constant\.numeric\.money/);
    assert.match(scopeOf(line, '41.5%') ?? '', /constant\.numeric\.percentage/);
    assert.match(scopeOf(line, 'EUR 3 bn') ?? '', /constant\.numeric\.money/);
    assert.match(scopeOf(line, 'expect') ?? '', /keyword\.other\.forward-looking/);
    assert.match(scopeOf(line, 'outlook') ?? '', /keyword\.other\.forward-looking/);
    assert.equal(scopeOf(line, ' revenue of '), undefined);
  });
});
