// `npm run eval`: accuracy against the labels in ../shared/labels (dev gold figures and
// judgements; the turn gold and FinNum-3 have scripts of their own that `npm run eval` also runs).
// Prints each figure beside its target; `--verbose` lists what was wrong; exits 0 when the labels
// are absent (nothing to score), 1 with `--strict` when a target is missed.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { formatPeriod } from '../../server/src/core';
import { scoreDevGold } from './devGold';
import { scoreRelayout } from './relayout';

const root = path.resolve(__dirname, '..', '..', '..');
const goldDir = path.resolve(root, '..', 'shared', 'labels', 'dev-gold');
const transcripts = path.resolve(root, '..', 'shared', 'transcripts');
const verbose = process.argv.includes('--verbose');
const strict = process.argv.includes('--strict');

if (!existsSync(goldDir) || !existsSync(transcripts)) {
  console.log(`eval: ${goldDir} not found; nothing to score.`);
  process.exit(0);
}

const { figures: f, judgements: j } = scoreDevGold(goldDir, transcripts);
const ratio = (n: number, d: number) => (d ? n / d : 1);
const rows: [string, number, string, boolean][] = [];
const target = (name: string, value: number, goal: string, met: boolean) => rows.push([name, value, goal, met]);
target('figures found', ratio(f.found, f.gold), '—', true);
target('figure metric right', ratio(f.metric, f.gold), '>= 0.93', ratio(f.metric, f.gold) >= 0.93);
target('figure period right', ratio(f.period, f.gold), '>= 0.95', ratio(f.period, f.gold) >= 0.95);
target('figure basis right', ratio(f.basis, f.gold), '>= 0.92', ratio(f.basis, f.gold) >= 0.92);
target('figure all three right', ratio(f.all, f.gold), '>= 0.90', ratio(f.all, f.gold) >= 0.9);
target('judgement recall', ratio(j.foundRightOutcome, j.positives), '>= 0.85', ratio(j.foundRightOutcome, j.positives) >= 0.85);
target('judgement precision', ratio(j.madeRight, j.made), '>= 0.95', ratio(j.madeRight, j.made) >= 0.95);
target('must-not pairings made', j.mustNotMade.length, '0', j.mustNotMade.length === 0);

console.log(`dev gold: ${f.gold} figures (ambiguous left out), ${j.positives} judgements to make, ${j.mustNot} not to make; ${j.made} judgements made`);
console.log('| measure | value | target | met |\n|:--|--:|--:|:--:|');
for (const [name, value, goal, met] of rows)
  console.log(`| ${name} | ${Number.isInteger(value) ? value : value.toFixed(3)} | ${goal} | ${met ? 'yes' : 'NO'} |`);
// Layouts never seen: a third of the shared calls of each header layout, re-laid as a transcription
// service writes them (no headings, no roster, time-stamped "Name, Title: text" paragraphs).
const r = scoreRelayout(transcripts);
console.log(
  `\nre-laid calls (${r.files} shared calls written again with time stamps, no headings, no roster): turns ${r.turnsRelaid} of ${r.turns}; ` +
    `figures with the same metric, period, basis and qualifier ${ratio(r.same, r.figures).toFixed(3)} (${r.same} of ${r.figures}); ` +
    `speakers with the same role ${ratio(r.sameRole, r.speakers).toFixed(3)} (${r.sameRole} of ${r.speakers})`,
);
if (verbose) {
  console.log('\nfigures wrong:');
  for (const m of f.misses)
    console.log(
      `  ${m.gold.file}:${m.gold.line + 1} ${m.gold.text} [${m.wrong.join(', ')}] gold ${m.gold.metric} · ${m.gold.period} · ${m.gold.basis}; ours ${m.ours ? `${m.ours.metric} · ${m.ours.period && formatPeriod(m.ours.period)} · ${m.ours.basis}` : '—'}`,
    );
  console.log('\njudgements missed:');
  for (const m of j.missed)
    console.log(
      `  ${m.chain} ${m.outcome}: ${m.guidance!.file}:${m.guidance!.line + 1} ${m.guidance!.text} → ${m.actual!.file}:${m.actual!.line + 1} ${m.actual!.text}`,
    );
  console.log('\nfalse alarms:');
  for (const m of j.falseAlarms)
    console.log(`  ${m.code} ${m.subject.file}:${m.subject.line + 1} vs ${m.reference.file}:${m.reference.line + 1}: ${m.message}`);
  console.log('\nmust-not pairings made:');
  for (const m of j.mustNotMade) console.log(`  ${m.what}: ${m.made.code} ${m.made.subject.file}:${m.made.subject.line + 1}`);
}
if (strict && rows.some((r) => !r[3])) process.exitCode = 1;
