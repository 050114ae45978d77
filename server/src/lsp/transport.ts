// The server's stdio transport: the protocol's Content-Length framing, with lean JSON (see lean-json.ts) so a
// 10 MB letter costs the server about one copy of its body in flight, not four. Other transports (--node-ipc,
// --socket, --pipe) keep vscode-languageserver's own.
import * as fs from 'node:fs';
import * as net from 'node:net';
import type { Readable, Writable } from 'node:stream';
import { AbstractMessageReader, AbstractMessageWriter, type DataCallback, type Disposable, type Message, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';
import { hasLongArray, parseBody, stringifyPieces } from './lean-json';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
/** A header block longer than this is not a header: the stream is out of step. */
const MAX_HEADER = 8 * 1024;
/** The largest message body read (editors do not send documents anywhere near this): larger ones are skipped. */
const MAX_BODY = 512 * 1024 * 1024;

/** Reads Content-Length framed JSON-RPC messages; a message's body is copied once, into a buffer of its own size. */
export class LeanStreamReader extends AbstractMessageReader implements MessageReader {
  private header: Buffer = Buffer.alloc(0);
  private body: Buffer | undefined;
  private filled = 0;
  /** Bytes still to drop of a message too large to read. */
  private skip = 0;
  private callback: DataCallback | undefined;
  private readonly early: Message[] = [];

  /**
   * Reads from `input`. A socket made by `reusableStdin()` hands its bytes to `receive` (one reused buffer, nothing
   * allocated per read) and emits no 'data'; any other stream is read through 'data'.
   */
  constructor(
    private readonly input: Readable,
    private readonly maxBody = MAX_BODY,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    // Messages read before anyone listened (a socket may start reading first) are delivered now, in order.
    for (const m of this.early.splice(0)) callback(m);
    const onData = (chunk: Buffer) => this.receive(chunk);
    const onError = (err: Error) => this.fireError(err);
    const onClose = () => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('end', onClose);
    this.input.on('close', onClose);
    return {
      dispose: () => {
        this.input.off('data', onData);
        this.input.off('error', onError);
        this.input.off('end', onClose);
        this.input.off('close', onClose);
      },
    };
  }

  /** Takes the next bytes of the stream. Keeps no reference to `chunk` (the caller may reuse its memory). */
  receive(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (!this.body && this.skip === 0) {
        const joined = this.header.length ? Buffer.concat([this.header, chunk.subarray(at)]) : chunk.subarray(at);
        const end = joined.indexOf(HEADER_END);
        if (end < 0) {
          this.header = Buffer.from(joined);
          if (this.header.length > MAX_HEADER) {
            this.header = Buffer.alloc(0);
            this.fireError(new Error(`corresp: no message header in the last ${MAX_HEADER} bytes; input dropped`));
          }
          return;
        }
        const length = contentLength(joined.toString('ascii', 0, end));
        // Bytes of this chunk used by the header (part of it may have come with earlier chunks).
        at += end + HEADER_END.length - this.header.length;
        this.header = Buffer.alloc(0);
        if (length === undefined) {
          this.fireError(new Error('corresp: a message header has no valid Content-Length'));
          continue;
        }
        if (length > this.maxBody) {
          this.fireError(new Error(`corresp: a message of ${length} bytes is over the ${(this.maxBody / 1048576).toFixed(0)} MiB the server reads; it was skipped`));
          this.skip = length;
        } else {
          this.body = Buffer.allocUnsafe(length);
          this.filled = 0;
        }
      }
      if (this.skip > 0) {
        const dropped = Math.min(this.skip, chunk.length - at);
        this.skip -= dropped;
        at += dropped;
        continue;
      }
      if (!this.body) continue;
      const take = Math.min(this.body.length - this.filled, chunk.length - at);
      chunk.copy(this.body, this.filled, at, at + take);
      this.filled += take;
      at += take;
      if (this.filled === this.body.length) {
        const body = this.body;
        this.body = undefined;
        this.deliver(body);
      }
    }
  }

  /** Has the client asked the server to shut down? (The exit code on a closed input depends on it.) */
  shutdownRequested = false;

  private deliver(body: Buffer): void {
    let message: Message;
    try {
      message = parseBody(body) as Message;
    } catch (err) {
      this.fireError(new Error(`corresp: a message could not be read as JSON: ${(err as Error).message}`));
      return;
    }
    if ((message as { method?: unknown }).method === 'shutdown') this.shutdownRequested = true;
    if (this.callback) this.callback(message);
    else this.early.push(message);
  }
}

function contentLength(header: string): number | undefined {
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0 || line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const n = Number(line.slice(colon + 1).trim());
    return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
  }
  return undefined;
}

/** Writes messages in order; a message with a long array goes out a piece at a time, waiting for the pipe. */
export class LeanStreamWriter extends AbstractMessageWriter implements MessageWriter {
  private queue: Promise<void> = Promise.resolve();
  private errors = 0;

  constructor(private readonly output: Writable) {
    super();
    output.on('error', (err: Error) => this.fireError(err));
    output.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    this.pending++;
    const next = this.queue.then(() => this.send(msg)).finally(() => {
      this.pending--;
      this.lastWrite = Date.now();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  end(): void {}

  private pending = 0;
  private lastWrite = Date.now();

  /** Milliseconds since the last message was handed to the output stream (0 while one is being written). */
  idleFor(): number {
    return this.pending ? 0 : Date.now() - this.lastWrite;
  }

  private async send(msg: Message): Promise<void> {
    try {
      if (!hasLongArray(msg)) {
        const body = Buffer.from(JSON.stringify(msg), 'utf8');
        await this.put(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
        return;
      }
      // Two passes over the pieces: one to learn the length the header must state, one to write them.
      let length = 0;
      for (const piece of stringifyPieces(msg)) length += Buffer.byteLength(piece, 'utf8');
      await this.put(Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'));
      for (const piece of stringifyPieces(msg)) await this.put(Buffer.from(piece, 'utf8'));
    } catch (err) {
      this.errors++;
      this.fireError(err, msg, this.errors);
      throw err;
    }
  }

  private put(data: Buffer): Promise<void> {
    if (this.output.destroyed || this.output.writableEnded) return Promise.reject(new Error('corresp: the output stream is closed'));
    if (this.output.write(data)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.output.off('drain', done);
        this.output.off('close', done);
        resolve();
      };
      this.output.on('drain', done);
      this.output.on('close', done);
    });
  }
}

/**
 * stdin as a socket that reads into one reused 64 KB buffer, handing each read to `receive`. Node's own stdin
 * allocates a new buffer per read: while a 10 MB letter arrives, ten megabytes of spent reads wait for the garbage
 * collector next to the message being assembled. Only pipes and sockets can be read so; anything else (a file, a
 * terminal) gets `process.stdin`.
 */
export function stdinReader(receive: (chunk: Buffer) => void): Readable {
  let reusable = false;
  try {
    const st = fs.fstatSync(0);
    reusable = st.isFIFO() || st.isSocket();
  } catch {
    reusable = false;
  }
  if (!reusable) return process.stdin;
  try {
    const buffer = Buffer.allocUnsafe(64 * 1024);
    return new net.Socket({ fd: 0, readable: true, writable: false, onread: { buffer, callback: (n: number, buf: Buffer) => receive(buf.subarray(0, n)) } } as net.SocketConstructorOpts);
  } catch {
    return process.stdin;
  }
}
