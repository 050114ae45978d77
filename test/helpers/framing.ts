// The protocol's framing (Content-Length header, blank line, UTF-8 JSON body), for tests that speak it byte by byte.

/** Frames messages as a client or server writes them. */
export function frame(messages: unknown[]): Buffer {
  return Buffer.concat(
    messages.map((m) => {
      const body = Buffer.from(JSON.stringify(m), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    }),
  );
}

/** Every complete message in framed bytes, in order. */
export function unframe(bytes: Buffer): any[] {
  const out: unknown[] = [];
  let at = 0;
  while (at < bytes.length) {
    const end = bytes.indexOf('\r\n\r\n', at);
    if (end < 0) break;
    const length = Number(/Content-Length: (\d+)/i.exec(bytes.toString('ascii', at, end))![1]);
    if (end + 4 + length > bytes.length) break;
    out.push(JSON.parse(bytes.toString('utf8', end + 4, end + 4 + length)));
    at = end + 4 + length;
  }
  return out;
}
