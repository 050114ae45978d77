// One line at the end of a run without ../shared (a clone of the repository alone): what is missing and how many
// corpus tests were skipped for it, so a green run never hides that they did not run. CI has ../shared and runs them
// all. Tests that need ../shared carry SHARED_MARK in their name (describeShared / itShared in ./letters.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { SHARED, SHARED_MARK } from './letters';

const NEEDED = ['corpus', 'seeds', 'letters'];

export default class SharedSkipsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const absent = NEEDED.filter((d) => !fs.existsSync(path.join(SHARED, d))).map((d) => `../shared/${d}`);
    if (!absent.length) return;
    let skipped = 0;
    for (const m of testModules) for (const t of m.children.allTests()) if (t.fullName.includes(SHARED_MARK) && t.result().state === 'skipped') skipped++;
    process.stdout.write(`\n${absent.join(', ')} not present: ${skipped} corpus tests skipped\n`);
  }
}
