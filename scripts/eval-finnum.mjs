// Scores the figure recogniser on the FinNum-3 labels (../shared/labels, evaluation only, never copied
// into the project): for each labelled numeral, whether a figure covers it, whether its category
// matches, and claim detection (macro-F1 over claim / not claim). Prints figures; never fails a build.
//   npm run eval:finnum [-- --verbose]   (--verbose lists misses)
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { TextLines } = require(resolve(root, 'out/server/src/core/text.js'));
const { recogniseFigures } = require(resolve(root, 'out/server/src/core/figures/recognise.js'));
const { emptyMeta } = require(resolve(root, 'out/server/src/core/model.js'));

const file = process.argv.find((a) => a.endsWith('.json')) ?? resolve(root, '../shared/labels/finnum3-concall-dev-A.json');
const verbose = process.argv.includes('--verbose');
if (!existsSync(file)) {
  console.log(`eval:finnum: labels not found at ${file}; nothing to score.`);
  process.exit(0);
}
const rows = JSON.parse(readFileSync(file, 'utf8'));

const cache = new Map();
function figuresOf(paragraph) {
  if (!cache.has(paragraph)) {
    const lines = new TextLines(paragraph);
    const transcript = { format: 'plain', meta: emptyMeta(), participants: [], sections: [], turns: [], exchanges: [], notes: [] };
    const figures = recogniseFigures(lines, transcript).map((f) => ({ ...f, from: lines.offsetAt(f.range.start), to: lines.offsetAt(f.range.end) }));
    cache.set(paragraph, figures);
  }
  return cache.get(paragraph);
}

let covered = 0;
let categoryRight = 0;
const confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
const byCategory = {};
const t0 = performance.now();
for (const r of rows) {
  const target = r.target_num.replace(/[.,]$/, '');
  const start = r.offset_start;
  const end = start + target.length;
  const f = figuresOf(r.paragraph).find((x) => x.from <= start && x.to >= end);
  const c = (byCategory[r.category] ??= { n: 0, covered: 0, right: 0 });
  c.n++;
  const claim = Boolean(f?.claim);
  const gold = r.claim === 1;
  confusion[gold ? (claim ? 'tp' : 'fn') : claim ? 'fp' : 'tn']++;
  if (!f) {
    if (verbose) console.log(`MISS  ${r.category}\t…${r.paragraph.slice(Math.max(0, start - 50), start)}[[${target}]]${r.paragraph.slice(end, end + 30)}`);
    continue;
  }
  covered++;
  c.covered++;
  if (f.category === r.category) {
    categoryRight++;
    c.right++;
  } else if (verbose) console.log(`CAT   ${r.category} ≠ ${f.category}\t${JSON.stringify(f.text)}\t…${r.paragraph.slice(Math.max(0, start - 50), end + 30)}`);
  if (verbose && claim !== gold)
    console.log(`CLAIM gold=${r.claim} got=${claim ? 1 : 0}\t${JSON.stringify(f.text)} ${f.basis}\t…${r.paragraph.slice(Math.max(0, start - 90), end + 40)}`);
}
const ms = performance.now() - t0;

const f1 = (tp, fp, fn) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const f1Claim = f1(confusion.tp, confusion.fp, confusion.fn);
const f1NotClaim = f1(confusion.tn, confusion.fn, confusion.fp);
const pct = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

console.log(`FinNum-3 (${rows.length} labelled numerals in ${cache.size} paragraphs, ${ms.toFixed(0)} ms)`);
console.log(`coverage           ${covered}/${rows.length}  ${pct(covered, rows.length)}`);
console.log(`category accuracy  ${categoryRight}/${covered}  ${pct(categoryRight, covered)} of covered`);
console.log(
  `claim macro-F1     ${((f1Claim + f1NotClaim) / 2).toFixed(3)}  (claim F1 ${f1Claim.toFixed(3)}, not-claim F1 ${f1NotClaim.toFixed(3)}; tp ${confusion.tp} fp ${confusion.fp} fn ${confusion.fn} tn ${confusion.tn})`,
);
console.log('per category       n  covered  category right');
for (const [name, c] of Object.entries(byCategory).sort((a, b) => b[1].n - a[1].n)) {
  console.log(`  ${name.padEnd(17)}${String(c.n).padStart(4)}  ${String(c.covered).padStart(7)}  ${String(c.right).padStart(5)}  ${pct(c.right, c.n)}`);
}
