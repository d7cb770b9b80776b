// `npm run test:e2e`: the extension in a real VS Code (code-server + headless Chromium).
// Installs code-server if absent, builds, runs the mocha suite in test/e2e/suite against the extension
// loaded in development mode, then (unless --no-vsix) packages the VSIX, installs it into a fresh
// code-server and runs test/e2e/vsix against the installed extension. Prints one line per test and
// `N passed, N failed`; exits non-zero when anything failed.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser, runTestsInWorkbench } from './browser.mjs';
import { runMain, stage } from './cli-util.mjs';
import { checkSystemPackages, ensureCodeServer, installVsix, root, startCodeServer, workbenchUrl } from './code-server.mjs';
import { npmRun } from './npm-run.mjs';
import { makeTestWorkspace } from './workspace.mjs';

const SUITE_TIMEOUT_MS = 240_000;
const outputDir = path.join(root, 'test-output');

/** A bare extension to satisfy extensionDevelopmentPath when the extension under test is installed. */
function makeHostExtension() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-e2e-host-'));
  const manifest = { name: 'e2e-host', publisher: 'transcript-lens-tests', version: '0.0.0', engines: { vscode: '^1.100.0' } };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest));
  return dir;
}

async function runSuite(label, { extensionPath, testsPath, extensionsDir }) {
  const workspace = makeTestWorkspace();
  const resultsFile = path.join(workspace, '..', `${path.basename(workspace)}-results.jsonl`);
  const log = path.join(outputDir, `e2e-${label}.log`);
  fs.writeFileSync(log, '');
  const server = await startCodeServer({ env: { TL_E2E_RESULTS: resultsFile }, extensionsDir, logFile: log });
  const browser = await launchBrowser();
  browser.page.on('console', (m) => {
    if (m.type() === 'error') fs.appendFileSync(log, `[browser] ${m.text()}\n`);
  });
  try {
    const url = workbenchUrl(server.base, { folder: workspace, extensionPath, testsPath });
    const code = await runTestsInWorkbench(browser.page, url, SUITE_TIMEOUT_MS);
    const results = fs.existsSync(resultsFile)
      ? fs
          .readFileSync(resultsFile, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l))
      : [];
    return { code, results, log };
  } finally {
    await browser.close();
    server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(resultsFile, { force: true });
  }
}

function report(label, { code, results, log }) {
  for (const r of results) {
    console.log(`${r.state === 'passed' ? '✔' : '✖'} [${label}] ${r.title} (${r.ms} ms)`);
    if (r.error) console.log(r.error.replace(/^/gm, '    '));
  }
  let failed = results.filter((r) => r.state === 'failed').length;
  const passed = results.length - failed;
  if (code !== 0 && failed === 0) {
    console.log(`✖ [${label}] the suite exited with code ${code} before reporting a failing test; see ${path.relative(root, log)}`);
    failed = 1;
  } else if (results.length === 0) {
    console.log(`✖ [${label}] the suite ran no test; see ${path.relative(root, log)}`);
    failed = 1;
  }
  return { passed, failed };
}

async function main() {
  const withVsix = !process.argv.includes('--no-vsix');
  await stage('install code-server', () => ensureCodeServer());
  checkSystemPackages({ browser: true });
  fs.mkdirSync(outputDir, { recursive: true });
  const totals = { passed: 0, failed: 0 };
  const add = (t) => {
    totals.passed += t.passed;
    totals.failed += t.failed;
  };

  await stage('build', () => {
    npmRun('compile');
    npmRun('build');
  });
  if (withVsix) {
    // Packaging rebuilds dist/ minified; the development build is redone before the dev suite.
    const vsix = await stage('package VSIX', () => {
      npmRun('package');
      return path.join(root, 'transcript-lens.vsix');
    });
    const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-extensions-'));
    const host = makeHostExtension();
    try {
      await stage('install VSIX', () => installVsix(vsix, extensionsDir));
      add(
        await stage('e2e (installed VSIX)', async () =>
          report('vsix', await runSuite('vsix', { extensionPath: host, testsPath: path.join(root, 'out/test/e2e/vsix/index.js'), extensionsDir })),
        ),
      );
    } finally {
      fs.rmSync(extensionsDir, { recursive: true, force: true });
      fs.rmSync(host, { recursive: true, force: true });
    }
  }

  if (withVsix) await stage('rebuild (development)', () => npmRun('build'));
  add(
    await stage('e2e (development mode)', async () =>
      report('dev', await runSuite('dev', { extensionPath: root, testsPath: path.join(root, 'out/test/e2e/suite/index.js') })),
    ),
  );
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exitCode = totals.failed > 0 ? 1 : 0;
}

await runMain(main);
