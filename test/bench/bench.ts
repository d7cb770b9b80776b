// `npm run bench`: Transcript Lens against the floor and markdown-it, in process and over LSP,
// on the reference transcript and generated ones of 1, 10 and 50 MB; workspace indexing; bundle
// sizes. Prints a table, or the same figures as JSON with --json. Never part of `npm test`.
//   --quick           small sizes and fewer repetitions (a smoke run)
//   --only=a,b        any of: inprocess, lsp, workspace, hostile, merged, markdown, bundles
//   --max-mb=N        leave out generated sizes above N MB
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { generateCall, generateFile } from '../generate';
import { referencePath, repoRoot, sharedTranscripts } from '../paths';
import { measureHostileWorkspace, type HostileFigures } from './hostile';
import { measureText } from './inprocess';
import type { InProcessFigures } from './inprocess';
import { measureEdits, measureStartup, measureWorkspace } from './lsp';
import { compareWithMarkdown, type OutlineFigures } from './markdown';
import { measureMerged, type MergedFigures } from './merged';
import type { EditFigures, StartupFigures, WorkspaceFigures } from './lsp';
import { fmt } from './stats';

const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const maxMB = Number(args.find((a) => a.startsWith('--max-mb='))?.slice(9) ?? Infinity);
const runs = (part: string): boolean => !only || only.includes(part);
const MB = 1048576;
const log = (s: string): void => {
  if (!json) console.log(s);
};
const progress = (s: string): void => {
  process.stderr.write(`# ${s}\n`);
};

interface Report {
  machine: { node: string; cpus: number; cpu: string; platform: string; loadAverage: number[] };
  reference: string;
  inProcess: InProcessFigures[];
  edits: EditFigures[];
  startup: StartupFigures | null;
  workspace: WorkspaceFigures[];
  hostile: HostileFigures[];
  merged: MergedFigures[];
  markdown: OutlineFigures[];
  bundlesKB: Record<string, number>;
  targets: { target: string; value: string; met: boolean }[];
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(headers), `|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const reference = existsSync(referencePath) ? readFileSync(referencePath, 'utf8') : generateCall(42).text;
  const report: Report = {
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? '?',
      platform: `${process.platform}-${process.arch}`,
      loadAverage: loadavg(),
    },
    reference: existsSync(referencePath) ? path.basename(referencePath) : 'generated (../shared absent)',
    inProcess: [],
    edits: [],
    startup: null,
    workspace: [],
    hostile: [],
    merged: [],
    markdown: [],
    bundlesKB: {},
    targets: [],
  };
  const sizes: [string, string, number][] = [['reference', reference, quick ? 5 : 25]];
  for (const [label, mb, reps] of (quick
    ? [['1 MB', 1, 3]]
    : [
        ['1 MB', 1, 11],
        ['10 MB', 10, 5],
        ['50 MB', 50, 3],
      ]) as [string, number, number][]) {
    if (mb <= maxMB) sizes.push([label, generateFile(mb * MB, mb), reps]);
  }

  if (runs('inprocess')) {
    for (const [label, text, reps] of sizes) {
      progress(`in process: ${label}`);
      report.inProcess.push(measureText(label, text, reps));
    }
  }
  if (runs('lsp')) {
    progress('LSP: startup');
    report.startup = await measureStartup(reference);
    for (const [label, text] of sizes.filter(([l]) => l === '1 MB' || l === '10 MB' || l === 'reference')) {
      progress(`LSP: edits at ${label}`);
      report.edits.push(await measureEdits(label, text, quick ? 40 : 200));
    }
  }
  if (runs('workspace')) {
    for (const files of quick ? [100] : [1000, 5000]) {
      progress(`workspace: ${files} files`);
      report.workspace.push(await measureWorkspace(files, reference));
    }
  }
  if (runs('hostile') && process.platform === 'linux') {
    const files = quick ? 2000 : 20_000;
    progress(`hostile workspace: ${files} files of mixed kinds`);
    report.hostile.push(await measureHostileWorkspace(files, reference));
  }
  if (runs('merged')) {
    // Copies of one call: one company, one period, every copy's guidance meeting every other's.
    for (const copies of quick ? [50, 100] : [50, 100, 200, 440]) {
      progress(`merged: ${copies} copies of the reference`);
      report.merged.push(await measureMerged(reference, copies));
    }
  }
  if (runs('markdown')) {
    // Real calls one after another (a merged file of StreetEvents exports), about 1 MB.
    const dir = path.join(sharedTranscripts, 'streetevents_eikon_txt');
    const parts: string[] = [];
    for (const f of existsSync(dir)
      ? readdirSync(dir)
          .filter((n) => n.endsWith('.txt'))
          .sort()
      : []) {
      if (parts.join('\n').length >= MB) break;
      parts.push(readFileSync(path.join(dir, f), 'utf8'));
    }
    const real = parts.length ? parts.join('\n') : generateFile(MB, 7);
    for (const [label, text] of [
      ['reference', reference],
      [parts.length ? '1 MB real calls' : '1 MB generated', real],
    ] as [string, string][]) {
      progress(`markdown: ${label}`);
      report.markdown.push(...(await compareWithMarkdown(label, text, quick ? 20 : 100)));
    }
  }
  if (runs('bundles')) {
    const dist = path.join(repoRoot, 'dist');
    for (const f of existsSync(dist) ? readdirSync(dist).filter((n) => n.endsWith('.js')) : []) report.bundlesKB[f] = statSync(path.join(dist, f)).size / 1024;
  }
  report.targets = targets(report);
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  print(report);
}

function targets(r: Report): Report['targets'] {
  const out: Report['targets'] = [];
  const at = (label: string) => r.inProcess.find((x) => x.label === label);
  const one = at('1 MB');
  if (one) {
    out.push({ target: 'analysis of 1 MB ≤ 5× floor', value: `${fmt(one.ratioFloor)}×`, met: one.ratioFloor <= 5 });
    out.push({ target: 'analysis of 1 MB faster than markdown-it', value: `${fmt(one.ratioMarkdownIt)}×`, met: one.ratioMarkdownIt < 1 });
    for (const big of ['10 MB', '50 MB']) {
      const b = at(big);
      if (b)
        out.push({
          target: `per-MB cost at ${big} ≤ 1.5× that of 1 MB`,
          value: `${fmt(b.analysisMsPerMB / one.analysisMsPerMB)}×`,
          met: b.analysisMsPerMB <= 1.5 * one.analysisMsPerMB,
        });
    }
  }
  for (const [label, limit] of [
    ['1 MB', 16],
    ['10 MB', 50],
  ] as [string, number][]) {
    const e = r.edits.find((x) => x.label === label);
    if (e) out.push({ target: `edit → ${e.until} p99 at ${label} < ${limit} ms`, value: `${fmt(e.editP99)} ms`, met: e.editP99 < limit });
  }
  const hovers = r.edits.filter((e) => Number.isFinite(e.hoverP99));
  if (hovers.length) {
    const worst = Math.max(...hovers.map((e) => e.hoverP99));
    out.push({ target: 'hover p99 < 2 ms', value: `${fmt(worst)} ms`, met: worst < 2 });
  } else if (r.edits.length) out.push({ target: 'hover p99 < 2 ms', value: 'no hover provider', met: false });
  const ws = r.workspace.find((w) => w.files === 5000);
  if (ws) {
    out.push({ target: '5,000 files indexed < 30 s', value: `${fmt(ws.wallS)} s`, met: ws.wallS < 30 });
    out.push({ target: 'indexing peak memory < 1 GB', value: `${fmt(ws.peakRssMB)} MB`, met: ws.peakRssMB < 1024 });
  }
  const m440 = r.merged.find((m) => m.copies === 440);
  if (m440) {
    out.push({ target: '440 copies: outline < 2 s', value: `${fmt(m440.outlineMs / 1000)} s`, met: m440.outlineMs < 2000 });
    out.push({ target: '440 copies: diagnostics < 10 s', value: `${fmt(m440.diagnosticsMs / 1000)} s`, met: m440.diagnosticsMs < 10_000 });
    out.push({ target: '440 copies: hover on another file < 100 ms', value: `${fmt(m440.hoverMaxMs)} ms`, met: m440.hoverMaxMs < 100 });
  }
  for (const label of new Set(r.markdown.map((m) => m.label))) {
    const ours = r.markdown.find((m) => m.label === label && m.server === 'Transcript Lens');
    const md = r.markdown.find((m) => m.label === label && m.server === 'Markdown');
    if (!ours || !md) continue;
    out.push({ target: `${label}: open → outline ≤ Markdown server`, value: `${fmt(ours.openMs)} vs ${fmt(md.openMs)} ms`, met: ours.openMs <= md.openMs });
    out.push({
      target: `${label}: edit → outline p99 ≤ Markdown server`,
      value: `${fmt(ours.editP99)} vs ${fmt(md.editP99)} ms`,
      met: ours.editP99 <= md.editP99,
    });
  }
  const server = r.bundlesKB['server.js'];
  const h = r.hostile.find((x) => x.files >= 20_000);
  if (h) {
    out.push({ target: '20,000 mixed files: indexing peak RSS < 512 MB', value: `${fmt(h.peakRssMB)} MB`, met: h.peakRssMB < 512 });
    out.push({ target: '20,000 mixed files: request p99 meanwhile < 50 ms', value: `${fmt(h.requestP99)} ms`, met: h.requestP99 < 50 });
    out.push({ target: '20,000 mixed files: nothing read outside the folder', value: `${h.readOutside} symbols from outside`, met: h.readOutside === 0 });
  }
  if (server !== undefined) out.push({ target: 'server bundle < 400 KB minified', value: `${fmt(server)} KB`, met: server < 400 });
  return out;
}

function print(r: Report): void {
  log(
    `Transcript Lens benchmark — Node ${r.machine.node}, ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.platform}, load average at start ${r.machine.loadAverage.map((x) => x.toFixed(1)).join(' ')}; reference: ${r.reference}`,
  );
  if (r.inProcess.length) {
    log('\nIn process (median ms after warm-up; ratios are full analysis over the floor and over markdown-it)\n');
    log(
      table(
        ['size', 'MB', 'floor', 'markdown-it', 'parse', 'analysis', 'symbols', '÷floor', '÷md-it', 'MB/s', 'ms/MB', 'heap MB/MB', 'turns', 'figures', 'diags'],
        r.inProcess.map((x) => [
          x.label,
          fmt(x.mb),
          fmt(x.floorMs),
          fmt(x.markdownItMs),
          fmt(x.parseMs),
          fmt(x.analysisMs),
          fmt(x.symbolsMs),
          fmt(x.ratioFloor),
          fmt(x.ratioMarkdownIt),
          fmt(x.analysisMBps),
          fmt(x.analysisMsPerMB),
          fmt(x.heapMBperMB),
          String(x.turns),
          String(x.figures),
          String(x.diagnostics),
        ]),
      ),
    );
    log("\nIn process, a one-character edit: the new version analysed from the last, and the document's diagnostics (ms)\n");
    log(
      table(
        ['size', 'edit p50', 'edit p99'],
        r.inProcess.map((x) => [x.label, fmt(x.editP50), fmt(x.editP99)]),
      ),
    );
  }
  if (r.startup)
    log(
      `\nServer start: initialize answered in ${fmt(r.startup.initializeMs)} ms, first document symbols of the reference in ${fmt(r.startup.firstSymbolsMs)} ms`,
    );
  if (r.edits.length) {
    log('\nOver LSP (ms): one-character edit → answer, over edits spread through the document; request latency on the unchanged document\n');
    log(
      table(
        [
          'size',
          'edit waits for',
          'edits',
          'edit p50',
          'edit p99',
          'server CPU/edit',
          'diagnostics',
          'publish KB',
          'documentSymbol p99',
          'hover p99',
          'hover cards',
          'empty hover p99',
        ],
        r.edits.map((e) => [
          e.label,
          e.until,
          String(e.edits),
          fmt(e.editP50),
          fmt(e.editP99),
          fmt(e.editCpuMs),
          String(e.diagnostics),
          fmt(e.publishKB),
          fmt(e.symbolsP99),
          fmt(e.hoverP99),
          String(e.hoverHits),
          fmt(e.emptyHoverP99),
        ]),
      ),
    );
  }
  if (r.workspace.length) {
    log('\nWorkspace indexing (spawn → progress end; documentSymbol on an open transcript meanwhile)\n');
    log(
      table(
        ['files', 'MB', 'wall s', 'peak RSS MB', 'requests', 'request p99 ms'],
        r.workspace.map((w) => [String(w.files), fmt(w.mb), fmt(w.wallS), fmt(w.peakRssMB), String(w.requests), fmt(w.requestP99)]),
      ),
    );
  }
  if (r.hostile.length) {
    log(
      '\nA workspace of mixed kinds (binary, empty, unreadable, huge, FIFOs, /dev/zero links, loops, links out, non-UTF-8 names; the rest generated calls): spawn → progress end; documentSymbol on an open transcript meanwhile\n',
    );
    log(
      table(
        ['files', 'hostile', 'wall s', 'peak RSS MB', 'requests', 'request p99 ms', 'read outside'],
        r.hostile.map((h) => [
          String(h.files),
          String(h.hostile),
          fmt(h.wallS),
          fmt(h.peakRssMB),
          String(h.requests),
          fmt(h.requestP99),
          String(h.readOutside),
        ]),
      ),
    );
  }
  if (r.merged.length) {
    log(
      "\nMerged file of one call copied (one company, one period), over LSP: from opening (ms); a hover on another open document meanwhile, and the longest the bench client's own thread was busy then (encoding the open, decoding the outline)\n",
    );
    log(
      table(
        ['copies', 'MB', 'outline', 'diagnostics', 'diags', 'hover max', 'hover p90', 'hovers', 'client busy max', 'edit → diagnostics'],
        r.merged.map((m) => [
          String(m.copies),
          fmt(m.mb),
          fmt(m.outlineMs),
          fmt(m.diagnosticsMs),
          String(m.diagnostics),
          fmt(m.hoverMaxMs),
          fmt(m.hoverP90Ms),
          String(m.hovers),
          fmt(m.clientBusyMaxMs),
          fmt(m.editDiagnosticsMs),
        ]),
      ),
    );
  }
  if (r.markdown.length) {
    log("\nOutline over LSP beside VS Code's Markdown server on the same text rendered as Markdown (ms; the Markdown client tokenises with markdown-it)\n");
    log(
      table(
        ['text', 'MB', 'server', 'open → outline', 'edit → outline p50', 'edit → outline p99', 'symbols'],
        r.markdown.map((m) => [m.label, fmt(m.mb), m.server, fmt(m.openMs), fmt(m.editP50), fmt(m.editP99), String(m.symbols)]),
      ),
    );
  }
  const bundles = Object.entries(r.bundlesKB);
  if (bundles.length) log(`\nBundles: ${bundles.map(([f, kb]) => `${f} ${fmt(kb)} KB`).join(', ')}`);
  if (r.targets.length) {
    log('\nTargets\n');
    log(
      table(
        ['target', 'measured', 'met'],
        r.targets.map((t) => [t.target, t.value, t.met ? 'yes' : 'NO']),
      ),
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
