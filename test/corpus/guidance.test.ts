// The guidance judgements on the real reference transcript and the AMD chain of calls.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyse } from '../../server/src/core/analysis';
import { decodeBytes } from '../../server/src/service/decode';
import { defaultDiagnosticSettings, guidanceDiagnostics } from '../../server/src/core/features/diagnostics';
import { referencePath, sharedMissing, sharedTranscripts } from '../paths';

function diagnosticsOf(files: string[]): Diagnostic[][] {
  const docs = files.map((f) => ({ uri: f, calls: analyse(decodeBytes(readFileSync(f))).calls }));
  return guidanceDiagnostics(docs, defaultDiagnosticSettings());
}

interface Data {
  metric: string;
  value: number;
  reference: number;
}

/** "guidance.beat revenue 91400000 vs 87000000", values rounded to what the text says. */
function judgement(d: Diagnostic): string {
  const x = d.data as Data;
  const n = (v: number) => Number(v.toPrecision(6));
  return `${d.code} ${x.metric.toLowerCase()} ${n(x.value)} vs ${n(x.reference)}`;
}

describe('guidance on the reference transcript', { skip: sharedMissing }, () => {
  const [ds] = diagnosticsOf([referencePath]);

  it('makes exactly the judgements the call supports, and no others', () => {
    assert.deepEqual(ds.map(judgement).sort(), [
      'expectation.miss ericsson channel revenue 1000000 vs 4000000',
      'guidance.beat eps 0.06 vs 0.02',
      'guidance.beat eps 0.06 vs 0.05',
      'guidance.beat gross margin 43.2 vs 43',
      'guidance.beat operating expenses 36700000 vs 38000000',
      'guidance.beat revenue 91400000 vs 87000000',
      'guidance.inline revenue 91400000 vs 91000000',
      'guidance.lowered eps 0.02 vs 0.05',
      'guidance.lowered gross margin 43 vs 44',
      'guidance.miss gross margin 43.2 vs 44',
      // $36.7 million against "in the $36 million range": +1.9%, past the 1% tolerance, on a cost.
      'guidance.miss operating expenses 36700000 vs 36000000',
      'guidance.raised operating expenses 38000000 vs 36000000',
      'guidance.raised revenue 91000000 vs 87000000',
    ]);
  });

  it('says both numbers and the difference, and points at the statement measured against', () => {
    const text = readFileSync(referencePath, 'utf8').split(/\r?\n/);
    const at = (r: Diagnostic['range']) => text[r.start.line].slice(r.start.character, r.end.character);
    const find = (key: string) => ds.find((d) => judgement(d) === key);
    const beat = find('guidance.beat revenue 91400000 vs 87000000');
    assert.match(
      beat?.message ?? '',
      /^Revenue \$91\.4M beat guidance \$87M \(October\): \+\$4\.4M, \+5\.1%; superseded by revised guidance \$91M \(November\)$/,
    );
    assert.match(at(beat!.range), /91\.4 million/);
    assert.equal(beat?.relatedInformation?.[0].location.uri, referencePath);
    assert.match(at(beat!.relatedInformation![0].location.range), /87 million/);
    assert.match(
      find('guidance.miss gross margin 43.2 vs 44')?.message ?? '',
      /around 44% \(October\): −0\.8 points; superseded by revised guidance around 43% \(November\)$/,
    );
    assert.match(find('guidance.beat gross margin 43.2 vs 43')?.message ?? '', /around 43% \(November\): \+0\.2 points$/);
    assert.match(
      find('guidance.miss operating expenses 36700000 vs 36000000')?.message ?? '',
      /\+\$0\.7M, \+1\.9% \(above guidance: unfavourable for operating expenses\); superseded by revised guidance around \$38M \(November\)$/,
    );
    assert.match(
      find('guidance.beat operating expenses 36700000 vs 38000000')?.message ?? '',
      /−\$1\.3M, −3\.4% \(below guidance: favourable for operating expenses\)$/,
    );
    assert.match(find('expectation.miss ericsson channel revenue 1000000 vs 4000000')?.message ?? '', /less than \$1M missed expectation about \$4M/);
    // Against October guidance that November replaced: hints, so the latest guidance's judgements lead.
    const superseded = ds
      .filter((d) => (d.data as { superseded: boolean }).superseded)
      .map(judgement)
      .sort();
    assert.deepEqual(superseded, [
      'guidance.beat eps 0.06 vs 0.05',
      'guidance.beat revenue 91400000 vs 87000000',
      'guidance.miss gross margin 43.2 vs 44',
      'guidance.miss operating expenses 36700000 vs 36000000',
    ]);
    assert.ok(ds.every((d) => ((d.data as { superseded: boolean }).superseded ? d.severity === 4 : d.severity !== 4 || d.code === 'guidance.inline')));
  });
});

describe('guidance across calls (AMD 2016)', { skip: sharedMissing }, () => {
  const dir = path.join(sharedTranscripts, 'streetevents_eikon_txt');
  const apr = path.join(dir, '2016-Apr-21-AMD.txt');
  const jul = path.join(dir, '2016-Jul-21-AMD.txt');

  it('resolves "+15% sequentially, plus or minus 3%" on $832M and finds Q2 revenue of $1.027B above it', () => {
    const [aprDs, julDs] = diagnosticsOf([apr, jul]);
    const beat = julDs.find((d) => d.code === 'guidance.beat' && (d.data as Data).metric.toLowerCase() === 'revenue');
    assert.ok(beat, `no revenue beat in the July call: ${julDs.map((d) => d.message).join(' | ')}`);
    assert.match(
      beat.message,
      /^Revenue \$1\.027B beat guidance \$931\.8M–\$981\.8M \(Q1 2016 call, 2016-04-21; \+15% ±3% sequentially on Q1 2016 revenue \$832M\): \+\$45\.2M, \+4\.6% above the range$/,
    );
    assert.equal(beat.relatedInformation?.[0].location.uri, apr);
    const outcome = aprDs.find((d) => d.code === 'guidance.outcome' && (d.data as Data).metric.toLowerCase() === 'revenue');
    assert.match(outcome?.message ?? '', /^Outcome \(Q2 2016 call, 2016-07-21\): beat/);
    assert.equal(outcome?.relatedInformation?.[0].location.uri, jul);
  });
});

describe("guidance on the other providers' calls, each alone", { skip: sharedMissing }, () => {
  it('judges nothing where no call states both guidance and the result for one period', () => {
    // Each of these reports its quarter and guides later periods (JNJ's full-year EPS guidance
    // names no period: it is not measured against the quarter's EPS).
    for (const file of [
      'seeking_alpha/CT_JNJ_2018_q2.txt',
      'seeking_alpha/CT_COST_2018_q2.txt',
      'seeking_alpha/CT_HOG_2018_q4.txt',
      'streetevents_eikon_txt/2019-Apr-30-AAPL.txt',
    ]) {
      const [ds] = diagnosticsOf([path.join(sharedTranscripts, file)]);
      assert.deepEqual(ds.map(judgement), [], file);
    }
  });
});
