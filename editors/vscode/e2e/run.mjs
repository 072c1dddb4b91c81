// End-to-end test of the GPIoT VS Code extension in code-server (VS Code in the browser),
// driven by playwright-core with the system's Chromium, on the scripted engine.
//
//   node run.mjs        (from editors/vscode/e2e, after `npm install` here and `npm run package` in ..)
//
// Environment: GPIOT_BIN (default: <repo>/target/release/gpiot), CHROMIUM (default
// /usr/bin/chromium), GPIOT_E2E_SCREENSHOT (default ../e2e-screenshot.png).
// Opens a Python file with a requirement, waits for the server (status bar), runs
// "GPIoT: Generate IoT pipeline" from the command palette at the requirement and checks the
// editor's text. Prints one line per check and `N passed, M failed`.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const extDir = path.resolve(here, '..');
const repo = path.resolve(extDir, '../..');
const bin = process.env.GPIOT_BIN || path.join(repo, 'target/release/gpiot');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const vsix = path.join(extDir, 'dist/gpiot.vsix');
const script = path.join(repo, 'tests/fixtures/lsp/python_heart_rate.json');
const screenshot = process.env.GPIOT_E2E_SCREENSHOT || path.join(extDir, 'e2e-screenshot.png');
const codeServer = path.join(here, 'node_modules/.bin/code-server');

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
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const REQUIREMENT = [
  '# Requirement: samples is a list of PPG values sampled at fs Hz by a wrist sensor.',
  '# Implement estimate_heart_rate(samples, fs) that band-pass filters the signal, detects',
  '# the systolic peaks and returns the heart rate in beats per minute as a float.',
];

async function main() {
  for (const [what, p] of [['gpiot binary', bin], ['Chromium', chromiumPath], ['the .vsix (run `make editors`)', vsix], ['code-server (npm install in e2e/)', codeServer]]) {
    if (!check(`${what} exists`, fs.existsSync(p), p)) {
      return;
    }
  }
  const { chromium } = await import('playwright-core');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gpiot-vscode-e2e-'));
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, 'project');
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(workspace, 'heart_rate.py'), REQUIREMENT.join('\n') + '\n\n');
  fs.writeFileSync(
    path.join(workspace, '.vscode/settings.json'),
    JSON.stringify(
      {
        'gpiot.serverPath': bin,
        'gpiot.engine': 'scripted',
        'gpiot.scriptPath': script,
        'gpiot.maxTokens': 256,
        'gpiot.trace.server': 'messages',
      },
      null,
      2,
    ),
  );
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User/settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'update.mode': 'none',
      'workbench.tips.enabled': false,
      'workbench.colorTheme': 'Default Light Modern',
    }),
  );

  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
  const install = spawnSync(codeServer, [...common, '--install-extension', vsix], { encoding: 'utf8', timeout: 120000 });
  check('code-server installs the .vsix', install.status === 0 && /successfully installed/i.test(install.stdout + install.stderr), (install.stdout + install.stderr).trim().slice(-400));

  const port = await freePort();
  const server = spawn(
    codeServer,
    [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', workspace],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));

  let browser;
  try {
    const up = await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60000);
    if (!check('code-server starts', up, serverLog.slice(-400))) {
      return;
    }
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
    check('the workbench loads', true);

    // Open the file with Quick Open.
    await page.waitForTimeout(2000);
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { timeout: 15000 });
    await page.keyboard.type('heart_rate.py');
    await page.waitForTimeout(1000);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30000 });
    const editorText = async () => page.locator('.monaco-editor .view-lines').first().innerText();
    check('the file opens', (await editorText()).includes('Requirement:'));

    // The extension activates on Python and starts the server: the status bar says ready.
    const status = page.locator('.statusbar-item', { hasText: 'GPIoT' });
    let ready = false;
    try {
      await status.first().waitFor({ timeout: 60000 });
      await page.waitForFunction(
        () => [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent.includes('GPIoT') && e.querySelector('.codicon-check')),
        null,
        { timeout: 60000 },
      );
      ready = true;
    } catch {
      // reported below
    }
    check('the status bar shows the server ready', ready, ready ? '' : await status.first().getAttribute('aria-label').catch(() => 'no GPIoT item'));

    // Cursor on the requirement, then the palette command.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { timeout: 15000 });
    await page.keyboard.type('GPIoT: Generate IoT pipeline');
    await page.waitForTimeout(800);
    await page.keyboard.press('Enter');

    let text = '';
    const end = Date.now() + 60000;
    while (Date.now() < end) {
      text = await editorText();
      if (text.includes('def estimate_heart_rate(')) {
        break;
      }
      await page.waitForTimeout(300);
    }
    // Monaco renders spaces as non-breaking spaces.
    text = text.replace(/\u00a0/g, ' ');
    check('the palette command writes the entry function', text.includes('def estimate_heart_rate('), text.slice(0, 600));
    check('the helpers are written too', text.includes('def bandpass(') && text.includes('def detect_peaks('));
    check('the requirement comment is intact', REQUIREMENT.every((l) => text.includes(l)));
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshot });
    console.log(`# screenshot: ${path.relative(process.cwd(), screenshot)}`);
  } catch (e) {
    check('the browser session runs without an exception', false, e && e.stack ? e.stack : String(e));
  } finally {
    if (browser) {
      await browser.close().catch(() => {});
    }
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main()
  .catch((e) => check('the test runs', false, e && e.stack ? e.stack : String(e)))
  .finally(() => {
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 && passed > 0 ? 0 : 1);
  });
