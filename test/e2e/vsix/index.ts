// Entry point for the suite run against the extension installed from the VSIX.
import { runSuiteDir } from '../mocha-run';

export function run(): Promise<void> {
  return runSuiteDir(__dirname);
}
