// Every shared transcript through the core: no throw, every range inside the document.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Range } from 'vscode-languageserver-types';
import { analyse } from '../../server/src/core/analysis';
import { decodeBytes } from '../../server/src/service/decode';
import { documentOutline } from '../../server/src/core/features/symbols';
import { foldingRanges } from '../../server/src/core/features/folding';
import type { TextLines } from '../../server/src/core/text';
import { sharedMissing, sharedTranscripts } from '../paths';

function files(): string[] {
  if (sharedMissing) return [];
  return readdirSync(sharedTranscripts, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(path.join(sharedTranscripts, d.name)).map((f) => path.join(sharedTranscripts, d.name, f)));
}

function assertInside(lines: TextLines, r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < lines.count, `${what}: line ${p.line} of ${lines.count}`);
    assert.ok(p.character >= 0 && p.character <= lines.line(p.line).length, `${what}: character ${p.character}`);
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: reversed`);
}

describe('shared corpus', { skip: sharedMissing }, () => {
  for (const file of files()) {
    it(path.relative(sharedTranscripts, file), () => {
      const a = analyse(decodeBytes(readFileSync(file)));
      const t = a.transcript;
      for (const s of t.sections) assertInside(a.lines, s.range, `section ${s.title}`);
      for (const u of t.turns) {
        assertInside(a.lines, u.range, `turn ${u.speaker}`);
        assertInside(a.lines, u.headerRange, `turn header ${u.speaker}`);
      }
      for (const x of t.exchanges) assertInside(a.lines, x.range, `exchange ${x.index}`);
      for (const p of t.participants) assertInside(a.lines, p.range, `participant ${p.name}`);
      for (const f of a.figures) assertInside(a.lines, f.range, `figure ${f.text}`);
      const walk = (symbols: ReturnType<typeof documentOutline>) => {
        for (const s of symbols) {
          assertInside(a.lines, s.range, `symbol ${s.name}`);
          walk(s.children ?? []);
        }
      };
      walk(documentOutline(a.calls, a.lines));
      for (const f of foldingRanges(t)) assert.ok(f.endLine < a.lines.count && f.startLine < f.endLine);
    });
  }
});
