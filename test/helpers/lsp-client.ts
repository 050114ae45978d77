import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { ROOT } from './letters';

interface Pending {
  resolve: (v: any) => void;
  reject: (e: Error) => void;
}

/** A minimal LSP client over stdio for protocol tests: requests, notifications, and waiting for diagnostics. */
export class LspClient {
  /** Requests the server sent (workspace/applyEdit, window/showDocument …), in order; each was answered. */
  readonly serverRequests: { method: string; params: any }[] = [];
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private waiters: { uri: string; resolve: (p: any) => void }[] = [];
  private seen = new Set<string>();
  /** The client answers the server's own requests (configuration and the like) once this settles. */
  answersHeld: Promise<void> = Promise.resolve();
  /** Every publishDiagnostics received, per uri, in arrival order. */
  readonly publishes = new Map<string, any[]>();
  /** Every notification the server sent (publishDiagnostics, logMessage, corresp/status …), across uris, in order. */
  readonly notifications: { method: string; params: any }[] = [];

  /** Whether diagnostics were ever published for the uri. */
  published(uri: string): boolean {
    return this.seen.has(uri);
  }

  constructor(private readonly proc: ChildProcess) {
    proc.stdout!.on('data', (chunk: Buffer) => this.onData(chunk));
  }

  request(method: string, params: unknown, timeoutMs = 20_000): Promise<any> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer in ${timeoutMs} ms`)), timeoutMs);
      this.pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Sends notifications in one write, so the server reads them together (a pipe delivers a write of under 4 KB whole),
   * as it does when a user types faster than it reads: with separate writes, it may read and check the first before
   * the second arrives, and then publishing the first is right. */
  notifyTogether(messages: [method: string, params: unknown][]): void {
    const frames = messages.map(([method, params]) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method, params }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
    });
    this.proc.stdin!.write(Buffer.concat(frames));
  }

  /** Resolves with the next publishDiagnostics for the uri. Call before the change that triggers it. */
  nextDiagnostics(uri: string, timeoutMs = 20_000): Promise<any> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} in ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  applyEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
    const offset = (p: { line: number; character: number }) => {
      const lines = text.split('\n');
      let o = 0;
      for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
      return o + p.character;
    };
    // From the end backwards; inserts at one position keep the array's order in the result (as the protocol says).
    const sorted = edits.map((e, i) => ({ s: offset(e.range.start), e: offset(e.range.end), t: e.newText, i })).sort((a, b) => b.s - a.s || b.e - a.e || b.i - a.i);
    let out = text;
    for (const x of sorted) out = out.slice(0, x.s) + x.t + out.slice(x.e);
    return out;
  }

  private send(msg: unknown): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin!.write(body);
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString());
      if (!m) throw new Error('bad header');
      const len = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + len) return;
      const msg = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      this.dispatch(msg);
    }
  }

  private dispatch(msg: any): void {
    if (msg.id === undefined && msg.method) this.notifications.push({ method: msg.method, params: msg.params });
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
      else p?.resolve(msg.result);
    } else if (msg.method === 'textDocument/publishDiagnostics') {
      this.seen.add(msg.params.uri);
      if (!this.publishes.has(msg.params.uri)) this.publishes.set(msg.params.uri, []);
      this.publishes.get(msg.params.uri)!.push(msg.params);
      const i = this.waiters.findIndex((w) => w.uri === msg.params.uri);
      if (i >= 0) this.waiters.splice(i, 1)[0].resolve(msg.params);
    } else if (msg.id !== undefined && msg.method) {
      // Server-to-client requests (configuration, registration): answer with nothing (an edit: applied), once
      // `answersHeld` allows.
      this.serverRequests.push({ method: msg.method, params: msg.params });
      const result = msg.method === 'workspace/configuration' ? [null] : msg.method === 'workspace/applyEdit' ? { applied: true } : msg.method === 'window/showDocument' ? { success: true } : null;
      void this.answersHeld.then(() => this.send({ jsonrpc: '2.0', id: msg.id, result }));
    }
  }
}

export const SERVER = path.join(ROOT, 'server', 'out', 'server.js');

/** The bundled server over stdio for one test file: started and initialized before its tests, stopped after them. */
export interface TestServer {
  client: LspClient;
  proc: ChildProcess;
  /** The exit code once the server has exited; undefined while it runs. */
  exited: number | null | undefined;
  stderr: string;
  /** The answer to initialize. */
  init: any;
}

export function serverForTests(capabilities: object = {}, initializationOptions?: object): TestServer {
  const server = { exited: undefined, stderr: '' } as TestServer;
  beforeAll(async () => {
    expect(fs.existsSync(SERVER), 'run `npm run build` first').toBe(true);
    server.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    server.proc.on('exit', (code) => (server.exited = code));
    server.proc.stderr!.on('data', (d) => (server.stderr += d));
    server.client = new LspClient(server.proc);
    server.init = await server.client.request('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions });
    server.client.notify('initialized', {});
  });
  afterAll(async () => {
    await server.client.request('shutdown', null).catch(() => undefined);
    server.client.notify('exit', null);
    server.proc.kill();
  });
  return server;
}
