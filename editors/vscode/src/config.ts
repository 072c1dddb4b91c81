// Pure logic of the extension: no `vscode` import here, so `npm test` runs it under plain node.

import * as path from 'path';

/** The settings under `gpiot.*` as VS Code hands them over (any may be missing or malformed). */
export interface ExtensionSettings {
  serverPath?: unknown;
  model?: unknown;
  modelPath?: unknown;
  candidates?: unknown;
  selfChecks?: unknown;
  threads?: unknown;
  contextSize?: unknown;
  maxTokens?: unknown;
  adapters?: unknown;
  examples?: unknown;
  languages?: unknown;
  engine?: unknown;
  scriptPath?: unknown;
}

/**
 * What the server reads from `initializationOptions` and from
 * `workspace/didChangeConfiguration` (under the `gpiot` section). Unset keys are omitted so the
 * server keeps its own defaults.
 */
export interface ServerSettings {
  /** A catalogue model's name or a GGUF path. */
  model?: string;
  modelPath?: string;
  /** Code candidates tried against the self-checks (1-16). */
  candidates?: number;
  selfChecks?: boolean;
  threads?: number;
  contextSize?: number;
  maxTokens?: number;
  adapters?: boolean;
  /** Retrieved verified examples before each prompt (0-4, 0 = off). */
  examples?: number;
  languages?: string[];
  engine?: 'llama' | 'scripted';
  scriptPath?: string;
}

export const SUPPORTED_LANGUAGES = ['python', 'c'] as const;

export interface ExpandContext {
  home?: string;
  workspaceFolder?: string;
}

/** Expands `~` and `${workspaceFolder}` / `${userHome}` in a path setting. */
export function expandPath(value: string, ctx: ExpandContext): string {
  let v = value.trim();
  if (ctx.home && (v === '~' || v.startsWith('~/') || v.startsWith('~\\'))) {
    v = ctx.home + v.slice(1);
  }
  if (ctx.home) {
    v = v.split('${userHome}').join(ctx.home);
  }
  if (ctx.workspaceFolder) {
    v = v.split('${workspaceFolder}').join(ctx.workspaceFolder);
  }
  return v;
}

function positiveInt(v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    return undefined;
  }
  const n = Math.floor(v);
  return n >= 1 ? n : undefined;
}

function nonEmpty(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** The languages setting, filtered to what the server supports, without duplicates. */
export function languagesOf(s: ExtensionSettings): string[] {
  if (!Array.isArray(s.languages)) {
    return [...SUPPORTED_LANGUAGES];
  }
  const out: string[] = [];
  for (const l of s.languages) {
    const name = typeof l === 'string' ? l.trim().toLowerCase() : '';
    if ((SUPPORTED_LANGUAGES as readonly string[]).includes(name) && !out.includes(name)) {
      out.push(name);
    }
  }
  return out;
}

/** Maps the extension's settings to the server's configuration object. */
export function toServerSettings(s: ExtensionSettings, ctx: ExpandContext = {}): ServerSettings {
  const out: ServerSettings = {};
  const name = nonEmpty(s.model);
  if (name) {
    // A name stays as it is; a path gets `~` and `${workspaceFolder}` expanded.
    out.model = /[\/\\~$]/.test(name) ? expandPath(name, ctx) : name;
  }
  const model = nonEmpty(s.modelPath);
  if (model) {
    out.modelPath = expandPath(model, ctx);
  }
  const candidates = positiveInt(s.candidates);
  if (candidates !== undefined && candidates <= 16) {
    out.candidates = candidates;
  }
  if (typeof s.selfChecks === 'boolean') {
    out.selfChecks = s.selfChecks;
  }
  const threads = positiveInt(s.threads);
  if (threads !== undefined) {
    out.threads = threads;
  }
  const ctxSize = positiveInt(s.contextSize);
  if (ctxSize !== undefined) {
    out.contextSize = ctxSize;
  }
  const maxTokens = positiveInt(s.maxTokens);
  if (maxTokens !== undefined) {
    out.maxTokens = maxTokens;
  }
  out.adapters = typeof s.adapters === 'boolean' ? s.adapters : true;
  if (typeof s.examples === 'number' && Number.isInteger(s.examples) && s.examples >= 0 && s.examples <= 4) {
    out.examples = s.examples;
  }
  out.languages = languagesOf(s);
  if (s.engine === 'scripted') {
    out.engine = 'scripted';
    const script = nonEmpty(s.scriptPath);
    if (script) {
      out.scriptPath = expandPath(script, ctx);
    }
  } else {
    out.engine = 'llama';
  }
  return out;
}

/** The `workspace/didChangeConfiguration` payload. */
export function didChangeConfigurationParams(s: ExtensionSettings, ctx: ExpandContext = {}): { settings: { gpiot: ServerSettings } } {
  return { settings: { gpiot: toServerSettings(s, ctx) } };
}

/** Document selector for the configured languages: files on disk and unsaved buffers. */
export function documentSelector(languages: string[]): { scheme: string; language: string }[] {
  const out: { scheme: string; language: string }[] = [];
  for (const language of languages) {
    for (const scheme of ['file', 'untitled']) {
      out.push({ scheme, language });
    }
  }
  return out;
}

/** Settings whose change needs a new server process (the rest go through didChangeConfiguration). */
export const RESTART_KEYS = ['serverPath', 'languages'] as const;

export interface PathEnv {
  platform: string;
  env: Record<string, string | undefined>;
  isExecutable: (file: string) => boolean;
}

export type ServerPath =
  | { ok: true; command: string; source: 'setting' | 'PATH' }
  | { ok: false; message: string };

/**
 * Where the `gpiot` binary is: the `gpiot.serverPath` setting when set (it must exist), else the
 * first `gpiot` on PATH.
 */
export function resolveServerPath(setting: unknown, ctx: ExpandContext, pe: PathEnv): ServerPath {
  const configured = nonEmpty(setting);
  const win = pe.platform === 'win32';
  if (configured) {
    let p = expandPath(configured, ctx);
    if (!path.isAbsolute(p) && ctx.workspaceFolder && (p.includes('/') || p.includes('\\'))) {
      p = path.join(ctx.workspaceFolder, p);
    }
    if (path.isAbsolute(p)) {
      if (pe.isExecutable(p)) {
        return { ok: true, command: p, source: 'setting' };
      }
      if (win && !path.extname(p) && pe.isExecutable(p + '.exe')) {
        return { ok: true, command: p + '.exe', source: 'setting' };
      }
      return { ok: false, message: `gpiot.serverPath points to ${p}, which is not an executable file. Fix the setting or clear it to use gpiot from PATH.` };
    }
    // A bare command name: look it up on PATH like the default.
    const found = searchPath(p, pe);
    return found
      ? { ok: true, command: found, source: 'PATH' }
      : { ok: false, message: `gpiot.serverPath is "${p}", which is not on PATH. Set it to the full path of the gpiot binary.` };
  }
  const found = searchPath('gpiot', pe);
  if (found) {
    return { ok: true, command: found, source: 'PATH' };
  }
  return {
    ok: false,
    message: 'The gpiot binary is not on PATH. Install it (cargo install --path . in the gpiot repository) or set gpiot.serverPath to its full path.',
  };
}

function searchPath(name: string, pe: PathEnv): string | undefined {
  const win = pe.platform === 'win32';
  const pathVar = (win ? pe.env.Path ?? pe.env.PATH : pe.env.PATH) ?? '';
  const sep = win ? ';' : ':';
  const exts = win ? (pe.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean) : [''];
  const join = win ? path.win32.join : path.posix.join;
  for (const dir of pathVar.split(sep)) {
    if (!dir) {
      continue;
    }
    for (const ext of exts) {
      const candidate = join(dir, name + (win && !path.extname(name) ? ext.toLowerCase() : ''));
      if (pe.isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

/** The code actions the palette commands run, by the title the server gives them. */
export const ACTIONS = {
  generate: 'Generate IoT pipeline',
  decompose: 'Decompose into tasks',
  implementTask: 'Implement task',
  implementAll: 'Implement all tasks',
} as const;

export type ActionKey = keyof typeof ACTIONS;

/**
 * Picks the code action for `key` among the actions offered at the cursor. Titles match
 * case-insensitively, exactly or as a prefix followed by a separator (so "Implement task: smooth"
 * is an Implement task, but "Implement tasks…" is not).
 */
export function pickAction<T extends { title: string }>(actions: readonly T[], key: ActionKey): T | undefined {
  const want = ACTIONS[key].toLowerCase();
  const matches = actions.filter((a) => {
    const t = a.title.trim().toLowerCase();
    if (t === want) {
      return true;
    }
    if (!t.startsWith(want)) {
      return false;
    }
    const next = t.charAt(want.length);
    return next === ':' || next === ' ' || next === '(' || next === '-' || next === '\u2014';
  });
  // An exact title beats a prefixed one.
  return matches.find((a) => a.title.trim().toLowerCase() === want) ?? matches[0];
}

/** What the palette command says when nothing fits at the cursor. */
export function noActionMessage(key: ActionKey, offered: string[]): string {
  const where =
    key === 'implementTask'
      ? 'Put the cursor on a task stub (a function that GPIoT wrote with "Decompose into tasks").'
      : 'Put the cursor on a comment starting with "Requirement:" or "@iot".';
  const gpiot = offered.filter((t) => Object.values(ACTIONS).some((a) => t.toLowerCase().startsWith(a.toLowerCase())));
  const also = gpiot.length ? ` Offered here: ${gpiot.join(', ')}.` : '';
  return `GPIoT: "${ACTIONS[key]}" is not available here. ${where}${also}`;
}

export type ServerState = 'starting' | 'running' | 'stopped' | 'missing' | 'failed';

export interface StatusInput {
  state: ServerState;
  /** Model name or path the server reported (serverInfo, a status notification) or the setting. */
  model?: string;
  /** A generation in progress (its progress title/message). */
  busy?: string;
  detail?: string;
}

/** Text and tooltip of the status bar item. */
export function statusText(s: StatusInput): { text: string; tooltip: string } {
  const model = s.model ? path.basename(s.model) : 'default model';
  switch (s.state) {
    case 'starting':
      return { text: '$(sync~spin) GPIoT', tooltip: 'GPIoT: starting the server…' };
    case 'running':
      if (s.busy) {
        return { text: `$(sync~spin) GPIoT: ${s.busy}`, tooltip: `GPIoT: ${s.busy} (${model})` };
      }
      return { text: '$(check) GPIoT', tooltip: `GPIoT: ready — ${model}${s.detail ? ` — ${s.detail}` : ''}` };
    case 'stopped':
      return { text: '$(circle-slash) GPIoT', tooltip: 'GPIoT: server stopped. Click to restart.' };
    case 'missing':
      return { text: '$(warning) GPIoT', tooltip: `GPIoT: ${s.detail ?? 'gpiot binary not found'}` };
    case 'failed':
      return { text: '$(error) GPIoT', tooltip: `GPIoT: the server failed${s.detail ? ` — ${s.detail}` : ''}. Click to restart.` };
  }
}
