// The CLI's figure contract: `analyze --json` gives each figure its text, range, value in base units,
// bounds, unit, qualifier, FinNum category, metric, period, basis, claim and speaker; a single
// paragraph with no transcript structure still has its figures.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { cliPath, fixturesDir } from '../paths';

interface JsonFigure {
  text: string;
  [key: string]: unknown;
}

function figuresOf(file: string): JsonFigure[] {
  const r = spawnSync(process.execPath, [cliPath, 'analyze', '--json', file], { encoding: 'utf8' });
  // 0 or 1 (findings): every file was read.
  assert.equal(r.stderr, '');
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}`);
  return JSON.parse(r.stdout).files[0].figures;
}

const CONTRACT = ['text', 'range', 'value', 'low', 'high', 'unit', 'approx', 'category', 'metric', 'period', 'basis', 'claim', 'speaker'];

describe('CLI figures', () => {
  it('gives every figure the contract fields, with values in base units', () => {
    const figures = figuresOf(path.join(fixturesDir, 'figures-call.txt'));
    for (const f of figures) for (const key of CONTRACT) assert.ok(key in f, `${f.text}: ${key}`);
    const pick = (text: string, basis: string) => figures.find((f) => f.text === text && f.basis === basis);
    assert.deepEqual(
      (({ value, low, high, unit, approx, category, metric, period, claim, speaker }) => ({
        value,
        low,
        high,
        unit,
        approx,
        category,
        metric,
        period,
        claim,
        speaker,
      }))(pick('\\$55.2 million', 'actual')!),
      {
        value: 55200000,
        low: null,
        high: null,
        unit: 'USD',
        approx: null,
        category: 'money',
        metric: 'revenue',
        period: 'Q2 2030',
        claim: false,
        speaker: 'Nadia Quist',
      },
    );
    assert.equal(pick('37.4%', 'actual')!.value, 37.4);
    assert.equal(pick('\\$0.11 per fully diluted share', 'actual')!.value, 0.11);
    const dso = pick('45 to 50 days', 'guidance')!;
    assert.deepEqual([dso.low, dso.high, dso.unit, dso.claim], [45, 50, 'days', true]);
  });

  it('finds the figures of a single paragraph with no transcript structure', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tl-figures-'));
    const file = path.join(dir, 'paragraph.txt');
    writeFileSync(file, 'Revenue was $4.2 million, up 8% from a year ago, and we expect about $5 million next quarter.');
    const figures = figuresOf(file);
    assert.deepEqual(
      figures.map((f) => [f.text, f.value, f.approx, f.basis, f.speaker]),
      [
        ['$4.2 million', 4200000, null, 'actual', null],
        ['8%', 8, null, 'change', null],
        ['$5 million', 5000000, 'about', 'guidance', null],
      ],
    );
  });
});
