// The GPIoT extension: starts `gpiot lsp`, keeps its configuration in sync, and adds palette
// commands that run the server's code actions at the cursor. The pure logic is in config.ts.

import * as fs from 'fs';
import * as os from 'os';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';

import {
  ActionKey,
  ExtensionSettings,
  ServerState,
  didChangeConfigurationParams,
  documentSelector,
  languagesOf,
  noActionMessage,
  pickAction,
  resolveServerPath,
  statusText,
  toServerSettings,
} from './config';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let status: vscode.StatusBarItem;
let state: ServerState = 'stopped';
let stateDetail: string | undefined;
let model: string | undefined;
let busy: string[] = [];

function settings(): ExtensionSettings {
  const c = vscode.workspace.getConfiguration('gpiot');
  return {
    serverPath: c.get('serverPath'),
    model: c.get('model'),
    modelPath: c.get('modelPath'),
    candidates: c.get('candidates'),
    selfChecks: c.get('selfChecks'),
    threads: c.get('threads'),
    contextSize: c.get('contextSize'),
    maxTokens: c.get('maxTokens'),
    adapters: c.get('adapters'),
    examples: c.get('examples'),
    languages: c.get('languages'),
    engine: c.get('engine'),
    scriptPath: c.get('scriptPath'),
  };
}

function expandContext() {
  return { home: os.homedir(), workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath };
}

function isExecutable(file: string): boolean {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) {
      return false;
    }
    if (process.platform === 'win32') {
      return true;
    }
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function updateStatus(): void {
  const s = statusText({ state, model, busy: busy[busy.length - 1], detail: stateDetail });
  status.text = s.text;
  status.tooltip = s.tooltip;
  status.command = state === 'running' || state === 'starting' ? 'gpiot.showOutput' : 'gpiot.restartServer';
  status.show();
}

function setState(s: ServerState, detail?: string): void {
  state = s;
  stateDetail = detail;
  updateStatus();
}

/** Marks a generation as running in the status bar while `work` runs. */
async function withBusy<T>(label: string, work: () => Thenable<T> | Promise<T>): Promise<T> {
  busy.push(label);
  updateStatus();
  try {
    return await work();
  } finally {
    const i = busy.lastIndexOf(label);
    if (i >= 0) {
      busy.splice(i, 1);
    }
    updateStatus();
  }
}

const COMMAND_LABELS: Record<string, string> = {
  'gpiot.generate': 'generating',
  'gpiot.decompose': 'decomposing',
  'gpiot.implementTask': 'implementing',
  'gpiot.implementAll': 'implementing',
};

async function start(): Promise<void> {
  const s = settings();
  const ctx = expandContext();
  const resolved = resolveServerPath(s.serverPath, ctx, { platform: process.platform, env: process.env, isExecutable });
  if (!resolved.ok) {
    setState('missing', resolved.message);
    output.appendLine(resolved.message);
    const choice = await vscode.window.showErrorMessage(resolved.message, 'Open Settings');
    if (choice === 'Open Settings') {
      void vscode.commands.executeCommand('workbench.action.openSettings', 'gpiot.serverPath');
    }
    return;
  }
  output.appendLine(`starting ${resolved.command} lsp (found via ${resolved.source})`);
  const serverOptions: ServerOptions = {
    command: resolved.command,
    args: ['lsp'],
    options: { env: process.env },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(languagesOf(s)),
    initializationOptions: toServerSettings(s, ctx),
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware: {
      // The server may also pull its settings: answer with the mapped object, not the raw one.
      workspace: {
        configuration: async (params, token, next) => {
          const raw = await next(params, token);
          if (!Array.isArray(raw)) {
            return raw;
          }
          return params.items.map((item, i) => (item.section === 'gpiot' ? toServerSettings(settings(), expandContext()) : raw[i]));
        },
      },
      // Code actions and code lenses run the server's commands: show them in the status bar.
      executeCommand: (command, args, next) => withBusy(COMMAND_LABELS[command] ?? 'working', () => next(command, args)),
    },
  };
  const c = new LanguageClient('gpiot', 'GPIoT', serverOptions, clientOptions);
  client = c;
  c.onDidChangeState((e) => {
    if (c !== client) {
      return;
    }
    if (e.newState === State.Running) {
      setState('running');
    } else if (e.newState === State.Starting) {
      setState('starting');
    } else if (state !== 'failed') {
      setState('stopped');
    }
  });
  setState('starting');
  try {
    await c.start();
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    setState('failed', msg);
    output.appendLine(`the server failed to start: ${msg}`);
    return;
  }
  const info = c.initializeResult?.serverInfo;
  model = [s.model, s.modelPath].find((m): m is string => typeof m === 'string' && m !== '');
  if (info) {
    output.appendLine(`server: ${info.name}${info.version ? ' ' + info.version : ''}`);
  }
  // Optional: a server may report its model state (loading, ready, error) here.
  c.onNotification('gpiot/status', (p: { state?: string; model?: string; message?: string }) => {
    if (p.model) {
      model = p.model;
    }
    if (p.state === 'error') {
      setState('failed', p.message);
    } else {
      setState('running', p.message ?? p.state);
    }
  });
  updateStatus();
}

async function stop(): Promise<void> {
  const c = client;
  client = undefined;
  busy = [];
  if (c) {
    try {
      await c.stop();
    } catch (e) {
      output.appendLine(`stopping the server: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  setState('stopped');
}

async function restart(): Promise<void> {
  await stop();
  await start();
}

/** Runs the GPIoT code action `key` at the cursor of the active editor. */
async function runAction(key: ActionKey): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('GPIoT: open a Python or C file first.');
    return;
  }
  if (!client || !client.isRunning()) {
    const choice = await vscode.window.showWarningMessage('GPIoT: the server is not running.', 'Restart server');
    if (choice) {
      await restart();
    }
    return;
  }
  const doc = editor.document;
  const range = editor.selection;
  const offered =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, range, undefined, 10)) ?? [];
  const action = pickAction(offered, key);
  if (!action) {
    void vscode.window.showInformationMessage(noActionMessage(key, offered.map((a) => a.title)));
    return;
  }
  if (action instanceof vscode.CodeAction) {
    if (action.edit) {
      await vscode.workspace.applyEdit(action.edit);
    }
    if (action.command) {
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    }
  } else {
    const cmd = action as vscode.Command;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('GPIoT');
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.name = 'GPIoT';
  context.subscriptions.push(output, status);
  context.subscriptions.push(
    vscode.commands.registerCommand('gpiot.action.generate', () => runAction('generate')),
    vscode.commands.registerCommand('gpiot.action.decompose', () => runAction('decompose')),
    vscode.commands.registerCommand('gpiot.action.implementTask', () => runAction('implementTask')),
    vscode.commands.registerCommand('gpiot.action.implementAll', () => runAction('implementAll')),
    vscode.commands.registerCommand('gpiot.restartServer', restart),
    vscode.commands.registerCommand('gpiot.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('gpiot')) {
        return;
      }
      if (e.affectsConfiguration('gpiot.serverPath') || e.affectsConfiguration('gpiot.languages')) {
        await restart();
        return;
      }
      if (client && client.isRunning()) {
        await client.sendNotification(DidChangeConfigurationNotification.type, didChangeConfigurationParams(settings(), expandContext()));
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}
