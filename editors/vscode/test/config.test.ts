// Unit tests of the extension's pure logic (node's built-in runner; no VS Code needed).

import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import * as fs from 'fs';
import * as path from 'path';

import {
  didChangeConfigurationParams,
  documentSelector,
  expandPath,
  languagesOf,
  noActionMessage,
  pickAction,
  resolveServerPath,
  statusText,
  toServerSettings,
} from '../src/config';

describe('toServerSettings', () => {
  it('defaults leave the server its own defaults', () => {
    assert.deepEqual(toServerSettings({}), { adapters: true, languages: ['python', 'c'], engine: 'llama' });
  });

  it('maps VS Code defaults (empty strings, zeros) to omitted keys', () => {
    const s = toServerSettings({ modelPath: '', threads: 0, contextSize: 0, maxTokens: 0, adapters: true, languages: ['python', 'c'], engine: 'llama', scriptPath: '' });
    assert.deepEqual(s, { adapters: true, languages: ['python', 'c'], engine: 'llama' });
  });

  it('passes every set key under the server names', () => {
    const s = toServerSettings({ modelPath: '/m/model.gguf', threads: 2, contextSize: 4096, maxTokens: 48, adapters: false, languages: ['c'] });
    assert.deepEqual(s, { modelPath: '/m/model.gguf', threads: 2, contextSize: 4096, maxTokens: 48, adapters: false, languages: ['c'], engine: 'llama' });
  });

  it('passes examples 0-4 (0 turns retrieval off) and drops anything else', () => {
    assert.equal(toServerSettings({ examples: 0 }).examples, 0);
    assert.equal(toServerSettings({ examples: 2 }).examples, 2);
    for (const bad of [-1, 5, 1.5, '1', null]) {
      assert.equal('examples' in toServerSettings({ examples: bad }), false, String(bad));
    }
  });

  it('drops malformed numbers and floors fractional ones', () => {
    const s = toServerSettings({ threads: -3, contextSize: 'big', maxTokens: 47.9 });
    assert.equal(s.threads, undefined);
    assert.equal(s.contextSize, undefined);
    assert.equal(s.maxTokens, 47);
  });

  it('expands ~ and ${workspaceFolder} in paths', () => {
    const ctx = { home: '/home/u', workspaceFolder: '/ws' };
    assert.equal(toServerSettings({ modelPath: '~/models/g.gguf' }, ctx).modelPath, '/home/u/models/g.gguf');
    assert.equal(toServerSettings({ modelPath: '${workspaceFolder}/g.gguf' }, ctx).modelPath, '/ws/g.gguf');
  });

  it('passes a model name as it is and a model path expanded', () => {
    const ctx = { home: '/home/u', workspaceFolder: '/ws' };
    assert.equal(toServerSettings({ model: 'qwen2.5-coder-1.5b-instruct' }, ctx).model, 'qwen2.5-coder-1.5b-instruct');
    assert.equal(toServerSettings({ model: '~/m/q.gguf' }, ctx).model, '/home/u/m/q.gguf');
    assert.equal(toServerSettings({ model: ' ' }).model, undefined);
  });

  it('passes the self-check settings when they are valid', () => {
    assert.deepEqual([toServerSettings({ candidates: 8, selfChecks: false }).candidates, toServerSettings({ selfChecks: false }).selfChecks], [8, false]);
    assert.equal(toServerSettings({ candidates: 0 }).candidates, undefined);
    assert.equal(toServerSettings({ candidates: 17 }).candidates, undefined);
    assert.equal(toServerSettings({ selfChecks: 'yes' }).selfChecks, undefined);
  });

  it('passes the scripted engine and its script only together', () => {
    assert.deepEqual(toServerSettings({ engine: 'scripted', scriptPath: '/t/s.json' }).scriptPath, '/t/s.json');
    assert.equal(toServerSettings({ engine: 'scripted', scriptPath: '/t/s.json' }).engine, 'scripted');
    assert.equal(toServerSettings({ engine: 'llama', scriptPath: '/t/s.json' }).scriptPath, undefined);
    assert.equal(toServerSettings({ engine: 'gpu' }).engine, 'llama');
  });

  it('didChangeConfiguration nests the settings under the gpiot section', () => {
    assert.deepEqual(didChangeConfigurationParams({ maxTokens: 64 }), {
      settings: { gpiot: { maxTokens: 64, adapters: true, languages: ['python', 'c'], engine: 'llama' } },
    });
  });
});

describe('languages', () => {
  it('keeps supported languages, lower-cased, once', () => {
    assert.deepEqual(languagesOf({ languages: ['C', 'rust', 'python', 'c'] }), ['c', 'python']);
  });
  it('falls back to both when the setting is not a list', () => {
    assert.deepEqual(languagesOf({ languages: 'python' }), ['python', 'c']);
  });
  it('an empty list means no language', () => {
    assert.deepEqual(languagesOf({ languages: [] }), []);
  });
  it('selects files and unsaved buffers', () => {
    assert.deepEqual(documentSelector(['python']), [
      { scheme: 'file', language: 'python' },
      { scheme: 'untitled', language: 'python' },
    ]);
  });
});

describe('resolveServerPath', () => {
  const files = new Set(['/usr/local/bin/gpiot', '/opt/gpiot/bin/gpiot', '/ws/target/release/gpiot']);
  const pe = (PATH: string) => ({ platform: 'linux', env: { PATH }, isExecutable: (f: string) => files.has(f) });

  it('uses the setting when it points at an executable', () => {
    assert.deepEqual(resolveServerPath('/opt/gpiot/bin/gpiot', {}, pe('/usr/bin')), { ok: true, command: '/opt/gpiot/bin/gpiot', source: 'setting' });
  });

  it('resolves a relative setting against the workspace folder', () => {
    assert.deepEqual(resolveServerPath('target/release/gpiot', { workspaceFolder: '/ws' }, pe('')), { ok: true, command: '/ws/target/release/gpiot', source: 'setting' });
  });

  it('says what to do when the setting is wrong, without falling back silently', () => {
    const r = resolveServerPath('/nope/gpiot', {}, pe('/usr/local/bin'));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.message : '', /not an executable file/);
  });

  it('searches PATH in order when the setting is empty', () => {
    assert.deepEqual(resolveServerPath('', {}, pe('/usr/bin::/opt/gpiot/bin:/usr/local/bin')), { ok: true, command: '/opt/gpiot/bin/gpiot', source: 'PATH' });
    assert.deepEqual(resolveServerPath(undefined, {}, pe('/usr/local/bin')), { ok: true, command: '/usr/local/bin/gpiot', source: 'PATH' });
  });

  it('explains how to install when gpiot is nowhere', () => {
    const r = resolveServerPath('', {}, pe('/usr/bin'));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.message : '', /gpiot\.serverPath/);
  });

  it('tries PATHEXT on Windows', () => {
    const win = { platform: 'win32', env: { Path: 'C:\\tools;C:\\gpiot', PATHEXT: '.COM;.EXE' }, isExecutable: (f: string) => f === 'C:\\gpiot\\gpiot.exe' };
    assert.deepEqual(resolveServerPath('', {}, win), { ok: true, command: 'C:\\gpiot\\gpiot.exe', source: 'PATH' });
  });

  it('finds a real executable on this machine', () => {
    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'gpiot-path-'));
    const bin = path.join(dir, 'gpiot');
    fs.writeFileSync(bin, '#!/bin/sh\n', { mode: 0o755 });
    const isExecutable = (f: string) => {
      try {
        fs.accessSync(f, fs.constants.X_OK);
        return fs.statSync(f).isFile();
      } catch {
        return false;
      }
    };
    const r = resolveServerPath('', {}, { platform: process.platform, env: { PATH: dir, Path: dir }, isExecutable });
    assert.deepEqual(r, { ok: true, command: bin, source: 'PATH' });
    fs.rmSync(dir, { recursive: true });
  });
});

describe('expandPath', () => {
  it('leaves other paths alone', () => {
    assert.equal(expandPath('/a/~b', { home: '/h' }), '/a/~b');
    assert.equal(expandPath('~', { home: '/h' }), '/h');
  });
});

describe('pickAction', () => {
  const offered = [
    { title: 'Extract method' },
    { title: 'Decompose into tasks' },
    { title: 'Implement all tasks' },
    { title: 'Implement task: smooth' },
    { title: 'Generate IoT pipeline' },
  ];
  it('finds each GPIoT action by title', () => {
    assert.equal(pickAction(offered, 'generate')?.title, 'Generate IoT pipeline');
    assert.equal(pickAction(offered, 'decompose')?.title, 'Decompose into tasks');
    assert.equal(pickAction(offered, 'implementAll')?.title, 'Implement all tasks');
    assert.equal(pickAction(offered, 'implementTask')?.title, 'Implement task: smooth');
  });
  it('does not mistake "Implement tasks..." for "Implement task"', () => {
    assert.equal(pickAction([{ title: 'Implement tasks later' }], 'implementTask'), undefined);
  });
  it('prefers the exact title and ignores case', () => {
    assert.equal(pickAction([{ title: 'implement task (smooth)' }, { title: 'Implement Task' }], 'implementTask')?.title, 'Implement Task');
  });
  it('returns nothing when nothing fits, with a message that says where to put the cursor', () => {
    assert.equal(pickAction([{ title: 'Extract method' }], 'generate'), undefined);
    assert.match(noActionMessage('generate', ['Extract method']), /Requirement:/);
    assert.match(noActionMessage('implementTask', ['Generate IoT pipeline']), /stub.*Offered here: Generate IoT pipeline/);
  });
});

describe('statusText', () => {
  it('shows each state', () => {
    assert.match(statusText({ state: 'starting' }).text, /sync~spin/);
    assert.match(statusText({ state: 'running', model: '/cache/gemma-3-270m.gguf' }).tooltip, /ready — gemma-3-270m\.gguf/);
    assert.match(statusText({ state: 'running', busy: 'generating' }).text, /GPIoT: generating/);
    assert.match(statusText({ state: 'missing', detail: 'not on PATH' }).tooltip, /not on PATH/);
    assert.match(statusText({ state: 'failed' }).tooltip, /restart/);
    assert.match(statusText({ state: 'stopped' }).tooltip, /restart/);
  });
});
