// Scores the reader's turns against the turn gold (../shared/labels/turns-dev.json, evaluation only,
// never copied into the project): a turn is {line (0-based), speaker, role}. Per file and overall:
// turn F1 (a turn matches when it starts on the gold line and names the gold speaker), speaker
// accuracy (gold turns whose line is read as a turn with the right speaker) and role accuracy (of
// those, the right role). Exits 1 when overall F1 is below the target.
//   npm run eval:turns [-- --json] [-- --verbose] [-- labels.json]
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGET_F1 = 0.99;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { parseTranscript, TextLines } = require(resolve(root, 'out/server/src/core/index.js'));
const { decodeBytes } = require(resolve(root, 'out/server/src/service/decode.js'));

const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const labels = args.find((a) => a.endsWith('.json')) ?? resolve(root, '../shared/labels/turns-dev.json');
const transcripts = resolve(dirname(labels), '../transcripts');
if (!existsSync(labels)) {
  const message = `eval:turns: labels not found at ${labels}; nothing to score.`;
  console.log(json ? JSON.stringify({ skipped: message }) : message);
  process.exit(0);
}

/** Speakers compare as written, spaces tidied: "Richard Galanti " is "Richard Galanti". */
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const ratio = (a, b) => (b === 0 ? 1 : a / b);
const f1 = (tp, fp, fn) => (tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn));

function score(file, gold) {
  const text = decodeBytes(readFileSync(resolve(transcripts, file)));
  const turns = parseTranscript(new TextLines(text)).turns;
  const read = new Map(turns.map((t) => [t.range.start.line, t]));
  let tp = 0;
  let speakerRight = 0;
  let roleRight = 0;
  const misses = [];
  for (const g of gold) {
    const t = read.get(g.line);
    const same = t !== undefined && norm(t.speaker) === norm(g.speaker);
    if (same) {
      tp++;
      speakerRight++;
      if (t.role === g.role) roleRight++;
      else misses.push(`line ${g.line}: role ${t.role}, gold ${g.role} (${g.speaker})`);
    } else misses.push(`line ${g.line}: ${t ? `read "${norm(t.speaker)}"` : 'no turn'}, gold "${g.speaker}"`);
  }
  const goldLines = new Set(gold.map((g) => g.line));
  const extra = turns.filter((t) => !goldLines.has(t.range.start.line));
  for (const t of extra) misses.push(`line ${t.range.start.line}: extra turn "${norm(t.speaker)}"`);
  const fp = turns.length - tp;
  const fn = gold.length - tp;
  return {
    file,
    gold: gold.length,
    read: turns.length,
    tp,
    fp,
    fn,
    f1: f1(tp, fp, fn),
    speaker: ratio(speakerRight, gold.length),
    role: ratio(roleRight, speakerRight),
    roleRight,
    speakerRight,
    misses,
  };
}

const data = JSON.parse(readFileSync(labels, 'utf8'));
const rows = Object.entries(data).map(([file, v]) => score(file, v.turns));
const sum = (k) => rows.reduce((a, r) => a + r[k], 0);
const overall = {
  files: rows.length,
  gold: sum('gold'),
  read: sum('read'),
  f1: f1(sum('tp'), sum('fp'), sum('fn')),
  speaker: ratio(sum('speakerRight'), sum('gold')),
  role: ratio(sum('roleRight'), sum('speakerRight')),
  filesSpeakerAllRight: rows.filter((r) => r.speaker === 1).length,
  target: TARGET_F1,
};

if (json) {
  console.log(JSON.stringify({ overall, files: rows.map(({ misses, ...r }) => (verbose ? { ...r, misses } : r)) }, null, 1));
} else {
  const pct = (x) => `${(100 * x).toFixed(1)}%`.padStart(7);
  console.log(`${'file'.padEnd(58)} gold  read      F1 speaker    role`);
  for (const r of rows) {
    console.log(`${r.file.padEnd(58)} ${String(r.gold).padStart(4)} ${String(r.read).padStart(5)} ${pct(r.f1)} ${pct(r.speaker)} ${pct(r.role)}`);
    if (verbose) for (const m of r.misses) console.log(`    ${m}`);
  }
  console.log(
    `${'overall'.padEnd(58)} ${String(overall.gold).padStart(4)} ${String(overall.read).padStart(5)} ${pct(overall.f1)} ${pct(overall.speaker)} ${pct(overall.role)}`,
  );
  console.log(`speaker right on every turn in ${overall.filesSpeakerAllRight} of ${overall.files} files; target F1 >= ${TARGET_F1}`);
}
process.exit(overall.f1 >= TARGET_F1 ? 0 : 1);
