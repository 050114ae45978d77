import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userCacheRoot } from '../../server/src/core/input/load-adapter';

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
