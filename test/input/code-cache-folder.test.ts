import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource, userCacheRoot } from '../../server/src/core/input/load-adapter';

// The V8 code caches of the server and of the PDF and Word readers go where the platform keeps a user's caches.
describe('the code cache folder', () => {
  const home = path.join(path.sep, 'home', 'ana');
  it('follows XDG_CACHE_HOME on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) expect(userCacheRoot({ XDG_CACHE_HOME: '/x/cache', LOCALAPPDATA: 'C:\\L' }, platform, home)).toBe('/x/cache');
  });
  it('is ~/.cache on Linux', () => {
    expect(userCacheRoot({}, 'linux', home)).toBe(path.join(home, '.cache'));
  });
  it("is Library/Caches on macOS", () => {
    expect(userCacheRoot({}, 'darwin', home)).toBe(path.join(home, 'Library', 'Caches'));
  });
  it('is the local application data on Windows, and ~/.cache when that is not set', () => {
    expect(userCacheRoot({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32', home)).toBe('C:\\Users\\ana\\AppData\\Local');
    expect(userCacheRoot({}, 'win32', home)).toBe(path.join(home, '.cache'));
  });
});

// A bundle is read as Latin-1 when it is ASCII (faster than UTF-8 decoding); a bundle that is not reads as UTF-8.
describe('reading a bundle', () => {
  it('gives the same text as a UTF-8 read, ASCII or not', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-source-'));
    try {
      for (const text of ['module.exports = /x\\u201c/;\n', 'module.exports = "\u201cquoted\u201d \u00e9t\u00e9 \ud83d\udcc4";\n', '']) {
        const file = path.join(dir, 'bundle.js');
        fs.writeFileSync(file, text, 'utf8');
        expect(readSource(file)).toBe(text);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
