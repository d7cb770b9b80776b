// Headless Debian Chromium driven by playwright-core (no browser download: the system binary).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, checkSystemPackages } from './code-server.mjs';

/** Opens a throw-away persistent context; returns { context, page, close }. */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  checkSystemPackages({ browser: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/**
 * Loads a workbench URL whose payload carries extensionTestsPath and resolves with the exit code the
 * workbench reports through window.codeAutomationExit when the tests module's run() settles.
 */
export async function runTestsInWorkbench(page, url, timeoutMs) {
  let exit;
  const exited = new Promise((resolve) => (exit = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => exit(code));
  await page.goto(url);
  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the suite did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    return await Promise.race([exited, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
