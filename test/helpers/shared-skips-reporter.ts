// One line at the end of a run without ../shared (a clone of the repository alone): how many corpus tests were
// skipped, so a green run never hides that they did not run. CI has ../shared and runs them all.
import type { Reporter, TestModule } from 'vitest/node';
import { SHARED_MARK, SHARED_PRESENT } from './letters';

export default class SharedSkipsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    if (SHARED_PRESENT) return;
    let skipped = 0;
    for (const m of testModules) for (const t of m.children.allTests()) if (t.fullName.includes(SHARED_MARK) && t.result().state === 'skipped') skipped++;
    process.stdout.write(`\n../shared/corpus and ../shared/seeds not present: ${skipped} corpus tests skipped\n`);
  }
}
