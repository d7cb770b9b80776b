// code-server (VS Code 1.100.3 server + web workbench) for running the extension in a real VS Code.
// Installed from npm into the git-ignored .vscode-test/ folder, started on 127.0.0.1 with throw-away
// state. See ../shared/docs/real-vscode-tests.md for why each install step is needed.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// 4.100.3 is the newest code-server whose install accepts Node 20; keep engines.vscode <= 1.100.
export const CODE_SERVER_VERSION = '4.100.3';
const installDir = path.join(root, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
const packageDir = path.join(installDir, 'node_modules', 'code-server');
const doneMarker = path.join(installDir, '.installed');
export const codeServerEntry = path.join(packageDir, 'out', 'node', 'entry.js');

/** A problem the user can fix; scripts print its message without a stack trace. */
export class SetupError extends Error {}

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Throws a SetupError naming the Debian packages that are missing. */
export function checkSystemPackages({ browser = false, build = false } = {}) {
  const missing = [];
  if (build && !onPath('krb5-config')) missing.push('libkrb5-dev');
  if (build && !onPath('rg')) missing.push('ripgrep');
  if (browser && !fs.existsSync(chromiumPath)) missing.push('chromium');
  if (missing.length) {
    throw new SetupError(
      `Missing system packages: ${missing.join(', ')}.\n` + `Install them with: bash scripts/setup-system.sh   (runs apt-get install -y ${missing.join(' ')})`,
    );
  }
}

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function run(cmd, args, opts) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts });
  if (r.status !== 0) {
    const log = path.join(installDir, 'install.log');
    fs.mkdirSync(installDir, { recursive: true });
    fs.appendFileSync(log, `$ ${cmd} ${args.join(' ')}\n${r.stdout}\n${r.stderr}\n`);
    throw new SetupError(`\`${cmd} ${args.join(' ')}\` failed (exit ${r.status}); output in ${log}`);
  }
  return r.stdout;
}

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable here, unless its
 * cache under TMPDIR already holds the release tarball: put one there made from Debian's rg.
 */
function seedRipgrepCache(tmp) {
  const shrinkwrap = JSON.parse(fs.readFileSync(path.join(packageDir, 'lib/vscode/npm-shrinkwrap.json'), 'utf8'));
  const rgPkgVersion = shrinkwrap.packages['node_modules/@vscode/ripgrep'].version;
  const packDir = fs.mkdtempSync(path.join(tmp, 'rgpkg-'));
  const tgz = run('npm', ['pack', `@vscode/ripgrep@${rgPkgVersion}`, '--silent'], { cwd: packDir }).trim();
  const postinstall = run('tar', ['xzf', tgz, '-O', 'package/lib/postinstall.js'], { cwd: packDir });
  const rgVersion = /const VERSION = '([^']+)'/.exec(postinstall)?.[1];
  if (!rgVersion) throw new SetupError(`Cannot read the rg version from @vscode/ripgrep@${rgPkgVersion}`);
  const arch = { x64: 'x86_64', arm64: 'aarch64' }[os.arch()] ?? os.arch();
  const cacheDir = path.join(tmp, `vscode-ripgrep-cache-${rgPkgVersion}`);
  fs.mkdirSync(cacheDir, { recursive: true });
  const rg = run('sh', ['-c', 'command -v rg']).trim();
  const stage = fs.mkdtempSync(path.join(tmp, 'rgbin-'));
  fs.copyFileSync(rg, path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  run('tar', ['czf', path.join(cacheDir, `ripgrep-${rgVersion}-${arch}-unknown-linux-musl.tar.gz`), '-C', stage, 'rg']);
}

/** Installs code-server into .vscode-test/ unless already there. Returns true when it installed. */
export function ensureCodeServer({ log = console.log } = {}) {
  if (fs.existsSync(doneMarker) && fs.existsSync(codeServerEntry)) return false;
  checkSystemPackages({ build: true });
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${path.relative(root, installDir)}/ (once, ~1 min)...`);
  fs.rmSync(installDir, { recursive: true, force: true });
  fs.mkdirSync(installDir, { recursive: true });
  fs.writeFileSync(path.join(installDir, 'package.json'), '{ "private": true }\n');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-cs-install-'));
  try {
    const env = {
      ...process.env,
      TMPDIR: tmp,
      npm_config_unsafe_perm: 'true', // its postinstall refuses to run as root otherwise
      npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      npm_config_update_notifier: 'false',
    };
    // Unpack first without scripts, to read the ripgrep versions and seed its cache, then build.
    run('npm', ['install', '--ignore-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], { cwd: installDir, env });
    seedRipgrepCache(tmp);
    run('npm', ['rebuild', '--foreground-scripts'], { cwd: installDir, env });
    if (!fs.existsSync(path.join(packageDir, 'lib/vscode/node_modules/@vscode/ripgrep/bin/rg'))) {
      throw new SetupError('code-server installed without its ripgrep binary');
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  fs.writeFileSync(doneMarker, `${new Date().toISOString()}\n`);
  return true;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, child, deadlineMs) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early (code ${child.exitCode})`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer at ${url} within ${deadlineMs / 1000} s`);
}

// A quiet, predictable workbench: no welcome page, tips or update prompts.
const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * Starts code-server on 127.0.0.1 (`port`, or a free one) with its state (user data, extensions,
 * XDG dirs, TMPDIR) in a fresh temp folder, in its own process group, its output in `logFile`.
 * `env` is added to its environment, which the extension host inherits; `settings` to the user
 * settings. Returns { port, base, tmp, stop, child }; stop() ends the group and removes the folder.
 */
export async function startCodeServer({ env = {}, extensionsDir, logFile, port, settings = {} } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-code-server-'));
  const dirs = {};
  for (const d of ['user-data', 'extensions', 'config', 'data', 'tmp']) {
    dirs[d] = path.join(tmp, d);
    fs.mkdirSync(dirs[d]);
  }
  fs.mkdirSync(path.join(dirs['user-data'], 'User'));
  fs.writeFileSync(path.join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify({ ...userSettings, ...settings }, null, 2));
  port ??= await freePort();
  const out = fs.openSync(logFile ?? path.join(tmp, 'code-server.log'), 'a');
  const child = spawn(
    process.execPath,
    [
      codeServerEntry,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir',
      dirs['user-data'],
      '--extensions-dir',
      extensionsDir ?? dirs.extensions,
    ],
    {
      detached: true, // own process group, so stop() ends the extension host and server too
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        XDG_CONFIG_HOME: dirs.config,
        XDG_DATA_HOME: dirs.data,
        XDG_CACHE_HOME: path.join(dirs.data, 'cache'),
        TMPDIR: dirs.tmp,
        ...env,
      },
    },
  );
  fs.closeSync(out);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/healthz`, child, 30_000);
  } catch (e) {
    stop();
    throw e;
  }
  return { port, base, tmp, stop, child };
}

const remote = (p) => `vscode-remote://remote${p}`;

/**
 * The workbench URL that opens `folder` (or a .code-workspace file `workspace`) and loads the
 * extension at `extensionPath` in development mode, plus the tests module when given, and a file to
 * open. code-server's remote authority is the literal `remote`.
 */
export function workbenchUrl(base, { folder, workspace, extensionPath, testsPath, openFile }) {
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  // A file to open must carry the workbench's real remote authority (its host:port), or the editor's
  // model and the extension host's document disagree on the URI.
  if (openFile) payload.push(['openFile', `vscode-remote://${new URL(base).host}${openFile}`]);
  const where = workspace ? `workspace=${encodeURIComponent(workspace)}` : `folder=${encodeURIComponent(folder)}`;
  return `${base}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Installs a VSIX into the given extensions folder with code-server's CLI. */
export function installVsix(vsix, extensionsDir) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-vsix-install-'));
  try {
    const env = { ...process.env, XDG_CONFIG_HOME: tmp, XDG_DATA_HOME: tmp, TMPDIR: tmp };
    const args = [codeServerEntry, '--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', vsix];
    const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
    return r.stdout;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
