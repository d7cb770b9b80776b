// `npm start`: VS Code in the browser with Transcript Lens loaded, on the fictional sample transcripts
// (and ../shared/transcripts when present). Builds, installs code-server on first use, prints the URL,
// opens it when a browser is at hand, and runs until Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runMain } from './cli-util.mjs';
import { SetupError, ensureCodeServer, root, startCodeServer, workbenchUrl } from './code-server.mjs';
import { samplesDir, sharedTranscripts } from './workspace.mjs';

function build() {
  if (!fs.existsSync(path.join(root, 'node_modules', 'esbuild'))) {
    throw new SetupError('Dependencies are not installed: run `npm ci` first.');
  }
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new SetupError('The build failed (`npm run build`); see the errors above.');
}

/** A multi-root workspace: the samples, plus the shared real transcripts when they are beside us. */
function writeWorkspaceFile() {
  const folders = [{ name: 'samples', path: samplesDir }];
  if (fs.existsSync(sharedTranscripts)) folders.push({ name: 'shared transcripts', path: sharedTranscripts });
  const file = path.join(root, '.vscode-test', 'samples.code-workspace');
  fs.writeFileSync(file, JSON.stringify({ folders, settings: {} }, null, 2));
  return { file, folders };
}

/** Opens the URL in a browser when there is a display or $BROWSER; never fails if there is none. */
function tryOpenBrowser(url) {
  const opener = process.env.BROWSER || ((process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && 'xdg-open');
  if (!opener) return false;
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
  return true;
}

await runMain(async () => {
  ensureCodeServer();
  build();
  const { file, folders } = writeWorkspaceFile();
  const logFile = path.join(root, '.vscode-test', 'code-server.log');
  fs.writeFileSync(logFile, '');
  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  const server = await startCodeServer({ logFile, port, settings: { 'editor.wordWrap': 'on' } });
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.on('exit', (code) => {
    console.error(`code-server stopped (exit ${code}); its log: ${path.relative(root, logFile)}`);
    process.exit(1);
  });
  const url = workbenchUrl(server.base, {
    workspace: file,
    extensionPath: root,
    openFile: path.join(samplesDir, 'halvard-q4-2025.txt'),
  });
  console.log(`\nTranscript Lens is running in VS Code (code-server) with: ${folders.map((f) => f.name).join(', ')}.`);
  console.log(`Open this URL in a browser:\n\n  ${url}\n`);
  if (tryOpenBrowser(url)) console.log('(opening it in your browser)');
  console.log('Press Ctrl+C to stop.');
});
