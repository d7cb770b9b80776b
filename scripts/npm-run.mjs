import { spawnSync } from 'node:child_process';
import { SetupError, root } from './code-server.mjs';

/** `npm run <script>` in the project, output shown; a failure ends the calling script readably. */
export function npmRun(script) {
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new SetupError(`npm run ${script} failed (exit ${r.status})`);
}
