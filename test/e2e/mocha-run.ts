// VS Code's extensionTestsPath contract: run() settles when the suite is done, rejecting on failure.
// console output from the extension host does not reach the runner's terminal (code-server), so each
// result is also appended as a JSON line to the file named by TL_E2E_RESULTS when it is set.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  ms: number;
  error?: string;
}

function record(result: TestResult): void {
  const file = process.env.TL_E2E_RESULTS;
  if (file) fs.appendFileSync(file, JSON.stringify(result) + '\n');
}

/** Runs every `*.e2e.js` file in `dir` with mocha. */
export function runSuiteDir(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.endsWith('.e2e.js')) mocha.addFile(path.join(dir, f));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
        else resolve();
      });
      runner.on('pass', (t) => record({ title: t.fullTitle(), state: 'passed', ms: t.duration ?? 0 }));
      runner.on('fail', (t, err: Error) => record({ title: t.fullTitle(), state: 'failed', ms: t.duration ?? 0, error: err.stack ?? String(err) }));
    } catch (e) {
      reject(e);
    }
  });
}
