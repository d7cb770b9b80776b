// Hover cards through the real language server (dist/server.js over stdio) on a fictional call.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-protocol';
import { fixturesDir } from '../paths';
import { startServer } from './lspClient';
import type { TestServer } from './lspClient';

const file = path.join(fixturesDir, 'figures-call.txt');
const uri = pathToFileURL(file).toString();
const text = readFileSync(file, 'utf8');
const lines = text.split(/\r?\n/);

/** Position inside the first `needle` on the first line that also contains `context`. */
function at(needle: string, context: string, shift = 1): Position {
  const line = lines.findIndex((l) => l.includes(context) && l.includes(needle));
  assert.ok(line >= 0, `no line with ${needle} and ${context}`);
  return { line, character: lines[line].indexOf(needle) + shift };
}

describe('hover over LSP', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer(fixturesDir);
    server.open(uri, text);
  });
  after(() => server.stop());

  const hover = async (position: Position) => (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as Hover | null;
  const markdown = (h: Hover | null) => {
    assert.ok(h, 'a hover card');
    const c = h.contents as MarkupContent;
    assert.equal(c.kind, 'markdown');
    return c.value;
  };

  it('explains an actual and compares it with the guidance and the revision, linking their lines', async () => {
    const pos = at('\\$55.2 million', 'Actual revenue', 4);
    const h = await hover(pos);
    const md = markdown(h).split('\n');
    assert.equal(md[0], '**Revenue · Q2 2030 · actual** — $55.2 million');
    assert.ok(md.includes('*Nadia Quist, CFO, Harbor Lumen Inc* (executive)'), md.join('\n'));
    const guidanceLine = lines.findIndex((l) => l.includes('in April')) + 1;
    const revisedLine = lines.findIndex((l) => l.includes('was raised')) + 1;
    assert.ok(
      md.some((l) => l.startsWith('- vs guidance $50M (April): +$5.2M, +10.4% — [line ' + guidanceLine + '](' + uri + '#L' + guidanceLine + ',')),
      md.join('\n'),
    );
    assert.ok(
      md.some((l) => l.startsWith('- vs revised guidance $54M (May): +$1.2M, +2.2% — [line ' + revisedLine + ']')),
      md.join('\n'),
    );
    // The card covers the figure as written.
    assert.equal(h!.range!.start.line, pos.line);
    assert.equal(lines[pos.line].slice(h!.range!.start.character, h!.range!.end.character), '\\$55.2 million');
  });

  it('gives margins their difference in points', async () => {
    const md = markdown(await hover(at('37.4%', 'Gross margin was')));
    assert.match(md, /^\*\*Gross margin · Q2 2030 · actual\*\* — 37\.4%/);
    assert.match(md, /- vs guidance around 38% \(April\): −0\.6 points/);
    assert.match(md, /- vs revised guidance around 37% \(May\): \+0\.4 points/);
  });

  it('shows the actual on a guidance figure, and marks it forward-looking', async () => {
    const md = markdown(await hover(at('\\$50 million', 'in April', 3)));
    assert.match(md, /^\*\*Revenue · Q2 2030 · guidance \(April\)\*\* — \$50 million/);
    assert.match(md, /forward-looking/);
    assert.match(md, /- actual \$55\.2M: \+\$5\.2M, \+10\.4% vs this — \[line \d+\]/);
  });

  it('explains an expectation and its shortfall', async () => {
    const md = markdown(await hover(at('\\$1 million', 'less than', 3)));
    assert.match(md, /^\*\*Tarn channel revenue · Q2 2030 · actual\*\* — \$1 million/);
    assert.match(md, /less than \$1M/);
    assert.match(md, /- vs expectation about \$3M/);
  });

  it('shows nothing on plain words or blank space', async () => {
    assert.equal(await hover(at('reminder', 'As a reminder')), null);
    assert.equal(await hover({ line: 1, character: 0 }), null);
    assert.equal(await hover({ line: 10_000, character: 5 }), null);
  });
});
