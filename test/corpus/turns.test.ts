// The reader's invariants over every shared file, by layout (issue 11): a transcript has turns,
// a company and a period; no one speaker holds more than half the turns where the roster names
// several people; no roster line is a turn; data files are not transcripts. Each file is read
// once; a table per layout is printed, with the lowest layout confidence the reader gave. Accuracy
// against the turn gold is `npm run eval:turns`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { isTranscript, parseTranscript, TextLines, type Transcript } from '../../server/src/core';
import { decodeBytes } from '../../server/src/service/decode';
import { sharedMissing, sharedTranscripts } from '../paths';

/** Folders whose files are data, not transcripts (see ../shared/transcripts/README.md). */
const DATA_FOLDERS = new Set(['motley_fool_json', 'ectsum_sentences', 'maec_sentences', 'earnings21_nlp']);

interface Read {
  file: string;
  folder: string;
  transcript: Transcript;
  detected: boolean;
}

function readAll(): Read[] {
  if (sharedMissing) return [];
  return readdirSync(sharedTranscripts, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(sharedTranscripts, d.name))
        .sort()
        .map((f) => {
          const text = decodeBytes(readFileSync(path.join(sharedTranscripts, d.name, f)));
          return { file: `${d.name}/${f}`, folder: d.name, transcript: parseTranscript(new TextLines(text)), detected: isTranscript(text) };
        }),
    );
}

/** What is wrong with a transcript's reading, or [] when every invariant holds. */
export function violations(t: Transcript): string[] {
  const out: string[] = [];
  if (t.turns.length === 0) out.push('no turns');
  if (!t.meta.company && !t.meta.ticker) out.push('no company');
  if (!t.meta.period) out.push('no period');
  const people = new Set(t.participants.map((p) => p.name));
  if (people.size >= 2 && t.turns.length >= 4) {
    const counts = new Map<string, number>();
    for (const u of t.turns) counts.set(u.speaker, (counts.get(u.speaker) ?? 0) + 1);
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (n > t.turns.length / 2) out.push(`${top} holds ${n} of ${t.turns.length} turns`);
  }
  const rosterLines = new Set(t.participants.map((p) => p.range.start.line));
  const asTurn = t.turns.filter((u) => rosterLines.has(u.headerRange.start.line));
  if (asTurn.length) out.push(`${asTurn.length} roster lines read as turns (first: line ${asTurn[0].headerRange.start.line + 1})`);
  return out;
}

describe('reader invariants over the shared corpus', { skip: sharedMissing }, () => {
  const all = readAll();
  const transcripts = all.filter((r) => !DATA_FOLDERS.has(r.folder));

  it('prints the figures by layout folder', () => {
    const rows = new Map<string, { files: number; ok: number; turns: number; company: number; period: number; confidence: number }>();
    for (const r of transcripts) {
      const row = rows.get(r.folder) ?? { files: 0, ok: 0, turns: 0, company: 0, period: 0, confidence: 1 };
      row.confidence = Math.min(row.confidence, r.transcript.profile?.confidence ?? 0);
      const v = violations(r.transcript);
      row.files++;
      if (v.length === 0) row.ok++;
      if (r.transcript.turns.length) row.turns++;
      if (r.transcript.meta.company || r.transcript.meta.ticker) row.company++;
      if (r.transcript.meta.period) row.period++;
      rows.set(r.folder, row);
    }
    console.log('folder                         files  all-ok  turns  company  period  min-confidence');
    for (const [folder, r] of [...rows].sort())
      console.log(
        `${folder.padEnd(30)} ${String(r.files).padStart(5)} ${String(r.ok).padStart(7)} ${String(r.turns).padStart(6)} ${String(r.company).padStart(8)} ${String(r.period).padStart(7)} ${r.confidence.toFixed(2).padStart(15)}`,
      );
    assert.ok(rows.size > 0);
  });

  for (const r of transcripts) {
    it(r.file, () => {
      assert.equal(r.detected, true, 'not detected as a transcript');
      assert.deepEqual(violations(r.transcript), []);
    });
  }

  for (const r of all.filter((x) => DATA_FOLDERS.has(x.folder))) {
    it(`${r.file} is data: no speakers`, () => {
      assert.equal(r.detected, false, 'detected as a transcript');
      assert.equal(r.transcript.turns.length, 0);
    });
  }
});
