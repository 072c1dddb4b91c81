// End-to-end test of the GPIoT VS Code extension in code-server (VS Code in the browser), driven
// by playwright-core with the system's Chromium, on the real `gpiot` binary.
//
//   node run.mjs      (from the repository root: make editors-e2e-vscode)
//
// Needs: `npm run package` in editors/vscode (the .vsix), ./install.sh here (code-server,
// playwright-core), Chromium, the gpiot binary and, in model mode, its installed model.
//
// What it does: installs the .vsix into a fresh code-server profile, opens a project folder with
// heart_rate.py (a requirement comment), waits for the GPIoT status bar item to show the server
// ready and for the code lenses on the requirement, puts the cursor on the requirement, opens the
// code actions (Ctrl+.) and picks "Decompose into tasks". The server writes one stub per task and
// the entry stub below the requirement; the test checks the editor (its rendered lines equal the
// file once saved), that the buffer was left modified (not saved behind the user's back), that
// the requirement is intact with every stub below it, each stub has a docstring and the
// `gpiot: task` / `gpiot: entry` marker, and that the result parses as Python. It saves a
// screenshot of the editor after the edit.
//
// Environment:
//   GPIOT_BIN              the gpiot binary (default: <repo>/target/release/gpiot)
//   GPIOT_E2E_ENGINE       model (default): the installed model with its adapters;
//                          scripted: the scripted engine replaying
//                          tests/fixtures/lsp/python_heart_rate.json (seconds, exact names)
//   GPIOT_E2E_MAX_TOKENS   gpiot.maxTokens (default 384 model, 256 scripted; the task list
//                          must fit or its JSON is cut short)
//   GPIOT_E2E_TIMEOUT_MS   wait for the decomposition (default 600000 model, 60000 scripted)
//   GPIOT_E2E_SCREENSHOT   where the screenshot goes (default: screenshot.png next to this file)
//   CHROMIUM               the browser (default: chromium on PATH)
//   PYTHON                 for the syntax check (default: python3)
//   GPIOT_E2E_KEEP         set: keep the temporary profile and project (kept anyway on failure)
// Prints one line per check and `N passed, M failed`; exits 0 when all passed.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const extDir = path.resolve(here, '..');
const repo = path.resolve(extDir, '../..');
const bin = path.resolve(process.env.GPIOT_BIN || path.join(repo, 'target/release/gpiot'));
const mode = process.env.GPIOT_E2E_ENGINE || 'model';
const scripted = mode === 'scripted';
const maxTokens = Number(process.env.GPIOT_E2E_MAX_TOKENS) || (scripted ? 256 : 384);
const timeoutMs = Number(process.env.GPIOT_E2E_TIMEOUT_MS) || (scripted ? 60000 : 600000);
const vsix = path.join(extDir, 'dist/gpiot.vsix');
const script = path.join(repo, 'tests/fixtures/lsp/python_heart_rate.json');
const screenshot = path.resolve(process.env.GPIOT_E2E_SCREENSHOT || path.join(here, 'screenshot.png'));
const codeServer = path.join(here, 'node_modules/.bin/code-server');
const python = process.env.PYTHON || 'python3';

let serverPid;
let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) {
    passed++;
    console.log(`ok - ${name}`);
  } else {
    failed++;
    console.log(`FAIL - ${name}${detail ? `: ${detail}` : ''}`);
  }
  return ok;
}
const note = (s) => console.log(`# ${s}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function which(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const p = path.join(dir, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // next
    }
  }
  return undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitForHttp(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.status < 500) {
        return true;
      }
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  return false;
}

const REQUIREMENT = [
  '# Requirement: samples is a list of PPG values sampled at fs Hz by a wrist sensor.',
  '# Implement estimate_heart_rate(samples, fs) that band-pass filters the signal, detects',
  '# the systolic peaks and returns the heart rate in beats per minute as a float.',
];
const ORIGINAL = REQUIREMENT.join('\n') + '\n\n';

/** 0-based index where the requirement block starts in `lines`, or -1. */
function requirementAt(lines) {
  for (let i = 0; i + REQUIREMENT.length <= lines.length; i++) {
    if (REQUIREMENT.every((l, j) => lines[i + j] === l)) {
      return i;
    }
  }
  return -1;
}

/** Top-level functions: name, 0-based line, the line after the def, and the body up to the next top-level line. */
function defsOf(lines) {
  const out = [];
  lines.forEach((l, i) => {
    const m = /^def ([A-Za-z_][A-Za-z0-9_]*)\s*\(/.exec(l);
    if (m) {
      let end = i + 1;
      while (end < lines.length && !/^\S/.test(lines[end])) {
        end++;
      }
      out.push({ name: m[1], line: i, body: lines.slice(i + 1, end).join('\n') });
    }
  });
  return out;
}

// --- the page ------------------------------------------------------------------------------

/** The editor's rendered lines in order (Monaco keeps only the visible ones in the DOM), and the first one's number. */
async function renderedLines(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.part.editor .monaco-editor');
    if (!editor) {
      return { first: 0, lines: [] };
    }
    const byTop = (sel) =>
      [...editor.querySelectorAll(sel)]
        .map((e) => ({ top: parseFloat(e.style.top || '0'), text: e.textContent.replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((e) => e.text);
    const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].map((e) => Number(e.textContent)).filter((n) => n > 0);
    return { first: numbers.length ? Math.min(...numbers) : 0, lines: byTop('.view-lines .view-line') };
  });
}

/** Notification toasts: severity (from the icon) and message. */
async function toasts(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.notifications-toasts .notification-toast')].map((t) => {
      const icon = t.querySelector('.notification-list-item-icon');
      const cls = icon ? icon.className : '';
      const severity = /codicon-error/.test(cls) ? 'error' : /codicon-warning/.test(cls) ? 'warning' : 'info';
      const msg = t.querySelector('.notification-list-item-message');
      return { severity, text: msg ? msg.textContent : t.textContent };
    }),
  );
}

async function statusText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.statusbar-item')]
      .map((e) => e.textContent.trim())
      .filter((t) => t.includes('GPIoT'))
      .join(' | '),
  );
}

async function main() {
  const chromiumPath = process.env.CHROMIUM || which('chromium') || which('chromium-browser');
  for (const [what, p] of [
    ['gpiot binary', bin],
    ['Chromium', chromiumPath],
    ['the .vsix (make editors)', vsix],
    ['code-server (install.sh in editors/vscode/e2e)', codeServer],
  ]) {
    if (!check(`${what} exists`, p && fs.existsSync(p), p)) {
      return;
    }
  }
  if (!scripted) {
    const model = spawnSync(bin, ['model', 'path'], { encoding: 'utf8' });
    const modelPath = (model.stdout || '').trim();
    if (!check('the model is installed (gpiot model path)', model.status === 0 && modelPath && fs.existsSync(modelPath), (model.stdout + model.stderr).trim())) {
      return;
    }
  }
  note(`engine: ${mode}, maxTokens ${maxTokens}`);
  const { chromium } = await import('playwright-core');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gpiot-vscode-e2e-'));
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, 'project');
  const file = path.join(workspace, 'heart_rate.py');
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(file, ORIGINAL);
  const settings = {
    'gpiot.serverPath': bin,
    'gpiot.maxTokens': maxTokens,
    'gpiot.threads': Math.max(1, Math.min(os.cpus().length, 4)),
    'gpiot.trace.server': 'messages',
  };
  if (scripted) {
    settings['gpiot.engine'] = 'scripted';
    settings['gpiot.scriptPath'] = script;
  }
  fs.writeFileSync(path.join(workspace, '.vscode/settings.json'), JSON.stringify(settings, null, 2));
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User/settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.colorTheme': 'Default Light Modern',
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'extensions.ignoreRecommendations': true,
      'update.mode': 'none',
      'editor.renderWhitespace': 'none',
      'editor.minimap.enabled': false,
      'editor.stickyScroll.enabled': false,
      'editor.codeLens': true,
      'files.autoSave': 'off',
      'chat.commandCenter.enabled': false,
    }),
  );

  // code-server's own config and state go to the temporary folder too.
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_DATA_HOME: path.join(tmp, 'data') };
  const common = ['--config', path.join(tmp, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensions];
  const install = spawnSync(codeServer, [...common, '--install-extension', vsix], { encoding: 'utf8', timeout: 180000, env });
  const installOut = `${install.stdout || ''}${install.stderr || ''}`.trim();
  if (!check('code-server installs the .vsix', install.status === 0 && /successfully installed/i.test(installOut), installOut.slice(-600))) {
    return;
  }

  const port = await freePort();
  const server = spawn(
    codeServer,
    [
      ...common,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      workspace,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env },
  );
  serverPid = server.pid;
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));

  let browser;
  let page;
  const started = Date.now();
  try {
    const up = await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60000);
    if (!check('code-server starts', up, serverLog.slice(-600))) {
      return;
    }
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
    check('the workbench loads', true);

    // Open the file with Quick Open.
    await page.waitForSelector('.explorer-folders-view, .part.sidebar', { timeout: 30000 }).catch(() => {});
    await sleep(1500);
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible', timeout: 15000 });
    await page.keyboard.type('heart_rate.py');
    await page.waitForSelector('.quick-input-widget .quick-input-list .monaco-list-row:has-text("heart_rate.py")', { timeout: 30000 });
    await sleep(300);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.part.editor .monaco-editor .view-lines', { timeout: 30000 });
    await page.waitForFunction(() => document.querySelector('.part.editor .monaco-editor .view-lines')?.textContent.includes('Requirement:'), null, { timeout: 15000 }).catch(() => {});
    check('the file opens in the editor', (await renderedLines(page)).lines.join('\n').includes('Requirement:'));

    // The extension activates on Python and starts the server: the status bar item shows a check.
    let ready = false;
    try {
      await page.waitForFunction(
        () => [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent.includes('GPIoT') && e.querySelector('.codicon-check')),
        null,
        { timeout: 90000 },
      );
      ready = true;
    } catch {
      // reported below
    }
    if (!check('the status bar shows the server ready', ready, `status: "${await statusText(page)}"`)) {
      return;
    }
    note(`server ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // Code lenses above the requirement (textDocument/codeLens).
    let lenses = '';
    try {
      await page.waitForFunction(() => document.querySelector('.part.editor .codelens-decoration')?.textContent.includes('Decompose into tasks'), null, { timeout: 30000 });
    } catch {
      // reported below
    }
    lenses = await page.evaluate(() => [...document.querySelectorAll('.part.editor .codelens-decoration')].map((e) => e.textContent).join(' | '));
    check('code lenses on the requirement offer Decompose and Generate', lenses.includes('Decompose into tasks') && lenses.includes('Generate IoT pipeline'), lenses || 'no code lens');

    // Cursor on the second line of the requirement, then the code actions (Ctrl+.).
    await page.locator('.part.editor .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await sleep(500);
    let offered = [];
    for (let attempt = 0; attempt < 3 && !offered.some((t) => t.includes('Decompose into tasks')); attempt++) {
      await page.keyboard.press('Control+.');
      try {
        await page.waitForSelector('.action-widget .monaco-list-row', { timeout: 10000 });
      } catch {
        // retried
      }
      offered = await page.evaluate(() => [...document.querySelectorAll('.action-widget .monaco-list-row')].map((e) => e.textContent.trim()));
      if (!offered.some((t) => t.includes('Decompose into tasks'))) {
        await page.keyboard.press('Escape');
        await sleep(1500);
      }
    }
    note(`code actions: ${offered.join(' | ')}`);
    if (!check('Ctrl+. on the requirement offers "Decompose into tasks" and "Generate IoT pipeline"', offered.some((t) => t.includes('Decompose into tasks')) && offered.some((t) => t.includes('Generate IoT pipeline')), JSON.stringify(offered))) {
      return;
    }
    const t0 = Date.now();
    // Keyboard, as a user would: the action menu blocks pointer events until the mouse moves.
    const focusedAction = () => page.evaluate(() => document.querySelector('.action-widget .monaco-list-row.focused')?.getAttribute('aria-label') || '');
    for (let i = 0; i < 8 && (await focusedAction()) !== 'Decompose into tasks'; i++) {
      await page.keyboard.press('ArrowDown');
      await sleep(100);
    }
    if (!check('the action menu selects "Decompose into tasks"', (await focusedAction()) === 'Decompose into tasks', await focusedAction())) {
      return;
    }
    await page.keyboard.press('Enter');

    // Wait for the edit: the stub marker appears; fail early on an error message from the server.
    let busySeen = false;
    let errors = [];
    let text = '';
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      const st = await statusText(page);
      busySeen ||= /decomposing/.test(st);
      text = (await renderedLines(page)).lines.join('\n');
      if (text.includes('NotImplementedError')) {
        break;
      }
      errors = (await toasts(page)).filter((t) => t.severity !== 'info' && /GPIoT/.test(t.text));
      if (errors.length) {
        break;
      }
      await sleep(500);
    }
    const secs = (Date.now() - t0) / 1000;
    note(`decomposition took ${secs.toFixed(1)} s`);
    check('no error or warning from GPIoT', errors.length === 0, JSON.stringify(errors));
    if (!check('the editor shows the stubs (NotImplementedError)', text.includes('NotImplementedError'), `after ${secs.toFixed(0)} s; editor:\n${text}`)) {
      return;
    }
    if (scripted) {
      note(`status bar while running ${busySeen ? 'showed' : 'did not show (too quick)'} "decomposing"`);
    } else {
      check('the status bar showed "GPIoT: decomposing" while the model ran', busySeen);
    }
    await sleep(1000);
    const dirty = await page.evaluate(() => !!document.querySelector('.part.editor .tab.active.dirty'));
    check('the buffer is modified, not saved behind the user\'s back', dirty && fs.readFileSync(file, 'utf8') === ORIGINAL);
    const info = (await toasts(page)).map((t) => `${t.severity}: ${t.text}`);
    if (info.length) {
      note(`notifications: ${info.join(' | ')}`);
    }

    // The server re-parsed the edited file: lenses now offer Implement task on each stub.
    let after = '';
    for (let i = 0; i < 40 && !(after.includes('Implement task') && after.includes('Implement all tasks')); i++) {
      await sleep(250);
      after = await page.evaluate(() => [...document.querySelectorAll('.part.editor .codelens-decoration')].map((e) => e.textContent).join(' | '));
    }
    check('code lenses now offer "Implement task" on the stubs and "Implement all tasks" on the requirement', after.includes('Implement task') && after.includes('Implement all tasks'), after);

    await page.screenshot({ path: screenshot });
    note(`screenshot: ${path.relative(process.cwd(), screenshot)}`);

    // Save, then compare what the editor renders with the file.
    await page.keyboard.press('Control+S');
    let saved = ORIGINAL;
    for (let i = 0; i < 40 && saved === ORIGINAL; i++) {
      await sleep(250);
      saved = fs.readFileSync(file, 'utf8');
    }
    if (!check('Ctrl+S writes the result to disk', saved !== ORIGINAL)) {
      return;
    }
    const lines = saved.replace(/\n$/, '').split('\n');
    console.log(`# ${path.basename(file)}:\n${lines.map((l) => `#   ${l}`).join('\n')}`);
    // Monaco's lines are the file split at each newline (a final newline gives a last empty line).
    const view = await renderedLines(page);
    const expected = saved.split('\n').slice(view.first - 1, view.first - 1 + view.lines.length);
    const diff = view.lines.findIndex((l, i) => l !== expected[i]);
    check(
      `the editor renders the file's lines ${view.first}-${view.first + view.lines.length - 1}`,
      view.first >= 1 && view.lines.length >= Math.min(lines.length, 10) && diff < 0,
      diff >= 0 ? `line ${view.first + diff}: editor ${JSON.stringify(view.lines[diff])}, file ${JSON.stringify(expected[diff])}` : `${view.lines.length} lines from ${view.first}`,
    );

    // The result.
    const req = requirementAt(lines);
    check('the requirement comment is intact', req >= 0);
    const defs = defsOf(lines);
    const below = defs.filter((d) => d.line > req);
    note(`stubs: ${below.map((d) => d.name).join(', ')}`);
    check('no function is written above the requirement', req >= 0 && defs.every((d) => d.line > req));
    check('a task stub and the entry stub are written below the requirement', below.length >= 2, below.map((d) => d.name).join(', '));
    const tasks = below.filter((d) => d.body.includes('raise NotImplementedError("gpiot: task")'));
    const entries = below.filter((d) => d.body.includes('raise NotImplementedError("gpiot: entry")'));
    check('every stub raises NotImplementedError("gpiot: task"), the last one "gpiot: entry"', tasks.length === below.length - 1 && entries.length === 1 && entries[0] === below[below.length - 1], below.map((d) => `${d.name}: ${d.body.split('\n').pop()}`).join('; '));
    check('every stub has a docstring', below.every((d) => /^\s+"""/.test(d.body.split('\n')[0] || '')), below.map((d) => `${d.name}: ${d.body.split('\n')[0]}`).join('; '));
    const parsed = spawnSync(python, ['-c', 'import ast, sys; ast.parse(open(sys.argv[1]).read())', file], { encoding: 'utf8' });
    check('the file parses as Python', parsed.status === 0, (parsed.stderr || parsed.error?.message || '').trim().split('\n').pop());
    if (scripted) {
      check('the scripted plan gives bandpass, detect_peaks, estimate_heart_rate', JSON.stringify(below.map((d) => d.name)) === JSON.stringify(['bandpass', 'detect_peaks', 'estimate_heart_rate']), below.map((d) => d.name).join(', '));
    } else if (!below.some((d) => d.name === 'estimate_heart_rate')) {
      note('the model did not name the entry estimate_heart_rate');
    }
  } catch (e) {
    check('the browser session runs without an exception', false, e && e.stack ? e.stack : String(e));
    if (page) {
      await page.screenshot({ path: path.join(tmp, 'failure.png') }).catch(() => {});
    }
  } finally {
    if (browser) {
      await browser.close().catch(() => {});
    }
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await sleep(500);
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // gone
    }
    if (failed > 0 || process.env.GPIOT_E2E_KEEP) {
      note(`code-server output (tail):\n${serverLog.slice(-1500)}`);
      note(`kept for inspection: ${tmp} (logs: user-data/logs; the GPIoT output channel is in the exthost logs)`);
    } else {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
}

const t = Date.now();
// Every wait above is bounded; this bounds the whole run too (the decomposition plus 5 minutes).
setTimeout(() => {
  check('the test finishes in time', false, `still running after ${((Date.now() - t) / 1000).toFixed(0)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  try {
    process.kill(-serverPid, 'SIGKILL');
  } catch {
    // not started or gone
  }
  process.exit(1);
}, timeoutMs + 300000).unref();
main()
  .catch((e) => check('the test runs', false, e && e.stack ? e.stack : String(e)))
  .finally(() => {
    note(`total ${((Date.now() - t) / 1000).toFixed(1)} s`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 && passed > 0 ? 0 : 1);
  });
