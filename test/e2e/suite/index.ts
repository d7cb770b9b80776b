// Entry point for the development-mode suite (extensionTestsPath).
import { runSuiteDir } from '../mocha-run';

export function run(): Promise<void> {
  return runSuiteDir(__dirname);
}
