/**
 * Debian firefox-esr, headless, driven over WebDriver BiDi with the built extension installed as a
 * temporary add-on (`webExtension.install`). Playwright's own Firefox needs its patched build, so
 * this speaks BiDi itself: a WebSocket (the `ws` bundled in playwright-core; Node 20 has no global
 * WebSocket), a handful of commands, and JSON for values coming back from the page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ws: WebSocket } = require('playwright-core/lib/utilsBundle') as { ws: new (url: string, opts?: object) => WsLike };

interface WsLike {
  on(event: 'open' | 'close', cb: () => void): void;
  on(event: 'message', cb: (data: Buffer | string) => void): void;
  on(event: 'error', cb: (err: Error) => void): void;
  send(data: string): void;
  close(): void;
}

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Preferences for a quiet, offline test profile (on top of what Firefox sets for remote control). */
const PREFS: Record<string, string | number | boolean> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.newtabpage.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'dom.highlight-api.enabled': true,
};

export interface RemoteNode {
  type: 'node';
  sharedId?: string;
  value?: { nodeName?: string; localName?: string; shadowRoot?: RemoteNode | null; childNodeCount?: number; mode?: string };
}

export class BidiError extends Error {}

export class Bidi {
  private nextId = 1;
  private pending = new Map<number, { resolve(v: any): void; reject(e: Error): void; method: string }>();
  private listeners = new Map<string, ((params: any) => void)[]>();

  constructor(private socket: WsLike) {
    socket.on('message', (data) => {
      const msg = JSON.parse(String(data));
      if (msg.id !== undefined && this.pending.has(msg.id)) {
        const p = this.pending.get(msg.id)!;
        this.pending.delete(msg.id);
        if (msg.type === 'error') p.reject(new BidiError(`${p.method}: ${msg.error}: ${msg.message}`));
        else p.resolve(msg.result);
      } else if (msg.method) {
        for (const cb of this.listeners.get(msg.method) ?? []) cb(msg.params);
      }
    });
    socket.on('close', () => {
      for (const p of this.pending.values()) p.reject(new BidiError(`${p.method}: connection closed`));
      this.pending.clear();
    });
  }

  send<T = any>(method: string, params: object = {}, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new BidiError(`${method}: no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(event: string, cb: (params: any) => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), cb]);
  }
}

export interface FirefoxSession {
  bidi: Bidi;
  /** The first top-level browsing context (tab). */
  context: string;
  profileDir: string;
  /** Firefox's own log (stdout + stderr), for diagnosing failures. */
  log(): string;
  /** Install an unpacked extension directory as a temporary add-on; returns its id. */
  installExtension(dir: string): Promise<string>;
  navigate(url: string, context?: string): Promise<void>;
  /** Evaluate a JS expression in the page (main world) and return its value through JSON. */
  evaluate<T = unknown>(expression: string, context?: string): Promise<T>;
  /** Evaluate and return the raw BiDi remote value (for nodes: their sharedId and shadow root). */
  evaluateRemote(expression: string, context?: string): Promise<any>;
  /** Call `fn` (JS source) with node arguments given by sharedId; result through JSON. */
  callWithNodes<T = unknown>(fn: string, nodes: RemoteNode[], context?: string): Promise<T>;
  /** Move the mouse to viewport coordinates over `durationMs`. */
  moveMouse(x: number, y: number, durationMs?: number, context?: string): Promise<void>;
  pressKeys(keys: string[], context?: string): Promise<void>;
  screenshot(file: string, context?: string): Promise<void>;
  close(): Promise<void>;
}

function writePrefs(profileDir: string) {
  const lines = Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
  fs.writeFileSync(path.join(profileDir, 'user.js'), lines.join('\n') + '\n');
}

/** Start firefox-esr headless with a fresh profile and open a BiDi session on it. */
export async function launchFirefox(opts: { headless?: boolean; startupTimeoutMs?: number } = {}): Promise<FirefoxSession> {
  if (!fs.existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX} (set FIREFOX_PATH).`);
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-ff-'));
  writePrefs(profileDir);
  const args = ['--remote-debugging-port=0', '--profile', profileDir, '--no-remote', '--new-instance'];
  if (opts.headless ?? true) args.unshift('--headless');
  const proc: ChildProcess = spawn(FIREFOX, args, {
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_DISABLE_AUTO_SAFE_MODE: '1', HOME: process.env.HOME ?? os.homedir() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const wsUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox did not start BiDi within ${opts.startupTimeoutMs ?? 60_000} ms:\n${log}`)), opts.startupTimeoutMs ?? 60_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before BiDi was ready:\n${log}`));
    });
  });
  const socket = new WebSocket(`${wsUrl}/session`, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    socket.on('open', resolve);
    socket.on('error', reject);
  });
  const bidi = new Bidi(socket);
  await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true, unhandledPromptBehavior: { default: 'ignore' } } } });
  const tree = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
  const context = tree.contexts[0]?.context ?? (await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' })).context;

  const evaluateRemote = async (expression: string, ctx = context) => {
    const r = await bidi.send('script.evaluate', {
      expression,
      target: { context: ctx },
      awaitPromise: true,
      resultOwnership: 'root',
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    if (r.type === 'exception') throw new BidiError(`page threw: ${r.exceptionDetails?.text ?? JSON.stringify(r.exceptionDetails)}`);
    return r.result;
  };
  const jsonValue = (remote: any) => {
    if (remote.type !== 'string') throw new BidiError(`expected a JSON string from the page, got ${remote.type}`);
    return JSON.parse(remote.value);
  };

  let closed = false;
  const session: FirefoxSession = {
    bidi,
    context,
    profileDir,
    log: () => log,
    async installExtension(dir) {
      const r = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: path.resolve(dir) } });
      return r.extension;
    },
    async navigate(url, ctx = context) {
      await bidi.send('browsingContext.navigate', { context: ctx, url, wait: 'complete' }, 60_000);
    },
    async evaluate(expression, ctx = context) {
      return jsonValue(await evaluateRemote(`JSON.stringify((() => { return (${expression}); })() ?? null)`, ctx));
    },
    evaluateRemote,
    async callWithNodes(fn, nodes, ctx = context) {
      const r = await bidi.send('script.callFunction', {
        functionDeclaration: `(...args) => JSON.stringify((${fn})(...args) ?? null)`,
        arguments: nodes.map((n) => ({ sharedId: n.sharedId })),
        target: { context: ctx },
        awaitPromise: true,
      });
      if (r.type === 'exception') throw new BidiError(`page threw: ${r.exceptionDetails?.text}`);
      return jsonValue(r.result);
    },
    async moveMouse(x, y, durationMs = 100, ctx = context) {
      await bidi.send('input.performActions', {
        context: ctx,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: durationMs, origin: 'viewport' }],
          },
        ],
      });
    },
    async pressKeys(keys, ctx = context) {
      const down = keys.map((value) => ({ type: 'keyDown', value }));
      const up = [...keys].reverse().map((value) => ({ type: 'keyUp', value }));
      await bidi.send('input.performActions', { context: ctx, actions: [{ type: 'key', id: 'keyboard', actions: [...down, ...up] }] });
    },
    async screenshot(file, ctx = context) {
      const r = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context: ctx });
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, Buffer.from(r.data, 'base64'));
    },
    async close() {
      if (closed) return;
      closed = true;
      await bidi.send('browser.close', {}, 10_000).catch(() => {});
      socket.close();
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return session;
}
