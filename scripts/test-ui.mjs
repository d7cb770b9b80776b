// `npm run test:ui`: drives the real workbench in headless Chromium like a user would, on the
// fictional samples: opens a transcript from the Explorer, expands the Outline, hovers a figure,
// opens the Problems panel, reads the inlay hints, opens the scorecard from its code lens and
// clicks a row, reads the next call's outlook. Asserts what the page shows; screenshots go to test-output/.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { runMain, stage } from './cli-util.mjs';
import { checkSystemPackages, ensureCodeServer, root, startCodeServer, workbenchUrl } from './code-server.mjs';
import { npmRun } from './npm-run.mjs';
import { makeTestWorkspace, samplesDir } from './workspace.mjs';

const outputDir = path.join(root, 'test-output');
const STEP_TIMEOUT_MS = 30_000;

async function shot(page, name) {
  await page.waitForTimeout(400); // hovers and tooltips fade in
  await page.screenshot({ path: path.join(outputDir, `ui-${name}.png`) });
}

/** 1-based line of the first line of a sample holding `text`. */
function sampleLine(file, text) {
  const lines = fs.readFileSync(path.join(samplesDir, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`${text} not in ${file}`);
  return i + 1;
}

/** The webview frame (nested in the workbench's webview host) whose page shows `text`. */
async function webviewFrame(page, text, timeoutMs = STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      if (
        await frame
          .locator('h1', { hasText: text })
          .count()
          .catch(() => 0)
      )
        return frame;
    }
    if (Date.now() > deadline) throw new Error(`no webview shows ${text}`);
    await page.waitForTimeout(200);
  }
}

/** Content-Security-Policy reports in the browser's console (any frame), kept from the start. */
const cspReports = [];

/** Opens a sample from the Explorer (the folder tree may have been collapsed by an earlier step). */
async function openFromExplorer(page, file) {
  const folder = page.locator('.pane-header', { hasText: 'tl-workspace' });
  if ((await folder.getAttribute('aria-expanded')) !== 'true') await folder.click();
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).click();
  await page.locator('.tabs-container .tab.active', { hasText: file }).waitFor();
}

/** Steps in order; each throws on a failed expectation. A failed step stops the rest. */
const steps = [
  [
    'the workbench loads with the sample transcripts in the Explorer',
    async (page) => {
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'halvard-q4-2025.txt' }).waitFor();
    },
  ],
  [
    'a transcript opened from the Explorer switches to the transcript language',
    async (page) => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'halvard-q4-2025.txt' }).click();
      await page.locator('.tabs-container .tab.active', { hasText: 'halvard-q4-2025.txt' }).waitFor();
      await page.locator('[id="status.editor.mode"]', { hasText: 'Earnings Call Transcript' }).waitFor();
      await shot(page, 'editor');
    },
  ],
  [
    'the Outline lists sections, speakers and Q&A exchanges',
    async (page) => {
      // Collapse the folder tree so the Outline has the room to render all its rows.
      await page.locator('.pane-header', { hasText: 'tl-workspace' }).click();
      const header = page.locator('.pane-header', { hasText: /^Outline/i });
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const outline = page.locator('.outline-pane');
      for (const row of [
        'Halvard Instruments Inc · Q4 2025 · 2026-02-12',
        'Presentation',
        'Questions and Answers',
        'Q1 · Hollis Brandt, Ferrow & Keane',
        'Q2 · Gideon Marsh, Crestline Securities',
      ]) {
        await outline.locator('.monaco-list-row', { hasText: row }).first().waitFor();
      }
      await page.mouse.move(900, 600);
      await shot(page, 'outline');
    },
  ],
  [
    'clicking an exchange in the Outline moves the cursor to its question',
    async (page) => {
      await page.locator('.outline-pane .monaco-list-row', { hasText: 'Q2 · Gideon Marsh, Crestline Securities' }).click();
      const line = sampleLine('halvard-q4-2025.txt', 'Gideon Marsh,  Crestline Securities - Analyst');
      await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line},` }).waitFor();
    },
  ],
  [
    'the Problems panel lists the guidance judgements against the earlier call',
    async (page) => {
      await page.locator('[id="status.problems"]').click();
      const panel = page.locator('.markers-panel');
      await panel.locator('.monaco-list-row', { hasText: 'Revenue $398.6M missed guidance $412M–$428M' }).first().waitFor();
      await panel.locator('.monaco-list-row', { hasText: 'Gross margin 46.9% beat guidance' }).first().waitFor();
      await shot(page, 'problems');
    },
  ],
  [
    'hovering a figure shows its card',
    async (page) => {
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.keyboard.type(String(sampleLine('halvard-q4-2025.txt', '$398.6 million')));
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-line span', { hasText: '398.6' }).first().hover();
      const card = page.locator('.monaco-editor .monaco-hover', { hasText: 'Revenue · Q4 2025 · actual' });
      await card.waitFor();
      const text = await card.innerText();
      if (!['$398.6 million', 'Mirela Okafor', 'guidance.miss'].every((t) => text.includes(t))) throw new Error(`unexpected hover card: ${text}`);
      await shot(page, 'hover');
    },
  ],
  [
    'inlay hints after judged figures say what they are measured against',
    async (page) => {
      await page.keyboard.press('Escape');
      await page.locator('.monaco-editor .view-lines', { hasText: 'vs guide $412M–$428M −5.1%' }).first().waitFor();
      await shot(page, 'inlay-hints');
    },
  ],
  [
    'the code lens on the call header opens the scorecard; a row click moves the cursor to its figure',
    async (page) => {
      await page.keyboard.press('Control+Home');
      const lens = page.locator('.monaco-editor .codelens-decoration a', { hasText: 'Scorecard: 1 beat · 1 miss · 2 in line' });
      await lens.first().click();
      const frame = await webviewFrame(page, 'Scorecard · Halvard Instruments Inc · Q4 2025');
      await frame.locator('tr.row', { hasText: 'miss' }).first().waitFor();
      await shot(page, 'scorecard');
      await frame.locator('tr.row', { hasText: '$398.6M' }).first().click();
      const line = sampleLine('halvard-q4-2025.txt', '$398.6 million');
      await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line},` }).waitFor();
    },
  ],
  [
    'the outlook of the next call shows its guidance raised against the previous call',
    async (page) => {
      await openFromExplorer(page, 'halvard-q1-2026.txt');
      await page.locator('.monaco-editor .codelens-decoration a', { hasText: 'Scorecard: 1 beat · 1 in line · 1 raised' }).first().click();
      const frame = await webviewFrame(page, 'Scorecard · Halvard Instruments Inc · Q1 2026');
      const raised = frame.locator('tr.row', { hasText: 'raised' }).filter({ hasText: 'FY 2026' });
      await raised.first().waitFor();
      const text = await raised.first().innerText();
      if (!text.includes('$2.70–$2.85') || !text.includes('$2.60–$2.80')) throw new Error(`unexpected outlook row: ${text}`);
      await frame.locator('h2', { hasText: 'Outlook' }).scrollIntoViewIfNeeded();
      await shot(page, 'outlook');
    },
  ],
  [
    'the webviews loaded nothing the Content-Security-Policy refused',
    async () => {
      if (cspReports.length) throw new Error(cspReports.join('\n'));
    },
  ],
];

/** Runs steps in order on one page; a failed step stops the rest, which count as failed. */
async function runSteps(page, list, tally) {
  for (const [title, step] of list) {
    try {
      await step(page);
      console.log(`✔ ${title}`);
      tally.passed++;
    } catch (e) {
      console.log(`✖ ${title}\n${String(e.message ?? e).replace(/^/gm, '    ')}`);
      await page.screenshot({ path: path.join(outputDir, 'ui-failure.png') }).catch(() => {});
      tally.failed += list.length - list.findIndex(([t]) => t === title);
      return;
    }
  }
}

/** The UI walk-through on a throw-away copy of the samples. */
async function walkThrough(browser, tally) {
  const workspace = makeTestWorkspace();
  const log = path.join(outputDir, 'ui-code-server.log');
  fs.writeFileSync(log, '');
  const server = await startCodeServer({
    logFile: log,
    settings: { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false, 'transcriptLens.views.inlayHints': true },
  });
  try {
    browser.page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && cspReports.push(m.text()));
    await browser.page.goto(workbenchUrl(server.base, { folder: workspace, extensionPath: root }));
    await runSteps(browser.page, steps, tally);
  } finally {
    server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/** `npm start` as a newcomer runs it: prints a URL that shows the Q4 sample as a transcript; Ctrl+C stops it. */
async function npmStart(browser, tally) {
  const env = { ...process.env, BROWSER: '' };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let url;
  const page = await browser.context.newPage();
  try {
    await runSteps(
      page,
      [
        [
          'npm start prints a URL',
          async () => {
            url = await waitForOutput(() => /(http:\/\/127\.0\.0\.1:\d+\/\S+)/.exec(output)?.[1], exited, 120_000);
          },
        ],
        [
          'the URL shows the Q4 sample as a transcript with its outline',
          async () => {
            await page.goto(url);
            await page.locator('.tabs-container .tab.active', { hasText: 'halvard-q4-2025.txt' }).waitFor({ timeout: 60_000 });
            await page.locator('[id="status.editor.mode"]', { hasText: 'Earnings Call Transcript' }).waitFor();
            const header = page.locator('.pane-header', { hasText: /^Outline/i });
            if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
            await page.locator('.outline-pane .monaco-list-row', { hasText: 'Halvard Instruments Inc · Q4 2025 · 2026-02-12' }).first().waitFor();
            await shot(page, 'start');
          },
        ],
        [
          'Ctrl+C stops npm start and its code-server',
          async () => {
            child.kill('SIGINT');
            const { code } = await Promise.race([exited, new Promise((_, rej) => setTimeout(() => rej(new Error('still running 15 s after SIGINT')), 15_000))]);
            if (code !== 0) throw new Error(`exit code ${code}:\n${output}`);
            const answered = await fetch(new URL('/healthz', url)).then(
              () => true,
              () => false,
            );
            if (answered) throw new Error('code-server still answers after Ctrl+C');
          },
        ],
      ],
      tally,
    );
  } finally {
    await page.close();
    if (child.exitCode === null) child.kill('SIGINT');
  }
}

async function waitForOutput(probe, exited, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let done = false;
  exited.then(() => (done = true));
  for (;;) {
    const v = probe();
    if (v) return v;
    if (done) throw new Error('npm start exited before printing a URL');
    if (Date.now() > deadline) throw new Error(`no URL within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main() {
  await stage('install code-server', () => ensureCodeServer());
  checkSystemPackages({ browser: true });
  await stage('build', () => npmRun('build'));
  fs.mkdirSync(outputDir, { recursive: true });
  const browser = await launchBrowser();
  browser.context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const tally = { passed: 0, failed: 0 };
  try {
    await stage('UI check', () => walkThrough(browser, tally));
    await stage('npm start check', () => npmStart(browser, tally));
  } finally {
    await browser.close();
  }
  console.log(`screenshots: ${path.relative(root, outputDir)}/ui-*.png`);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  process.exitCode = tally.failed > 0 ? 1 : 0;
}

await runMain(main);
