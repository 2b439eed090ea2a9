/**
 * Prints why tests were skipped (the list reporter shows only that they were), so a run on a
 * machine without an Electron binary says so plainly.
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasons implements Reporter {
  private readonly reasons = new Map<string, string[]>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = [...result.annotations, ...test.annotations].find((a) => a.type === 'skip')?.description || '(no reason given)';
    const titles = this.reasons.get(reason) ?? [];
    titles.push(test.titlePath().slice(1).join(' › '));
    this.reasons.set(reason, titles);
  }

  onEnd(): void {
    for (const [reason, titles] of this.reasons) {
      console.log(`\nSkipped ${titles.length} test(s): ${reason}`);
      for (const t of titles) console.log(`  - ${t}`);
    }
  }

  printsToStdio(): boolean {
    return true;
  }
}
