/**
 * The rule runner calls every record rule of every record inside one try (not one per call), and
 * skips the rules a clean record cannot trigger. A rule that throws must still be reported once,
 * dropped for the rest of the document — from both lists — and never take the other rules'
 * findings with it.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../i18n/localized';
import type { Rule } from '../rules/types';
import { ref } from '../spec/common';
import { FIXTURE_MODULES } from './testing/fixtureKinds';
import { createSink } from './emit';
import { STRICT_PROFILE } from './builtinProfiles';
import { activeRules, RuleRunner } from './runRules';

const packet = FIXTURE_MODULES[0].spec.packets[0];

/** A record rule reporting `field` on every record, or throwing on the records `throwsOn` names. */
function rule(code: string, throwsOn: (record: Record<string, unknown>) => boolean = () => false): Rule {
  return {
    code,
    strength: 'inferred',
    title: t(code, code),
    message: t(`${code} vi`, `${code} en`),
    hint: t('', ''),
    specRef: ref('dossier.md', '§5'),
    packets: [packet.id],
    scope: 'record',
    check(ctx) {
      if (throwsOn(ctx.record)) throw new Error(`${code} broke`);
      ctx.report({ at: ['MaHoSo'] });
    },
  };
}

function run(rules: Rule[], records: Record<string, unknown>[], clean: (i: number) => boolean, silentWhenClean: string[] = []) {
  const sink = createSink();
  const runner = new RuleRunner(activeRules(rules, packet, STRICT_PROFILE, false), packet, sink, false, 'array', new Set(silentWhenClean));
  records.forEach((r, i) => runner.record(r, [i], i, records, undefined, undefined, clean(i)));
  return sink.issues.map((i) => (i.code === 'rule.failed' ? `failed ${/The rule (\S+) failed/.exec(i.message.en)?.[1]}` : `${i.code} ${i.path}`));
}

describe('the rule runner', () => {
  const records = [{ n: 0 }, { n: 1 }, { n: 2 }];
  const rules = [rule('a'), rule('b', (r) => r.n === 1), rule('c')];

  it('reports a rule that throws once, drops it, and keeps the others running in order', () => {
    expect(run(rules, records, () => false)).toEqual(['a [0].MaHoSo', 'b [0].MaHoSo', 'c [0].MaHoSo', 'a [1].MaHoSo', 'failed b', 'c [1].MaHoSo', 'a [2].MaHoSo', 'c [2].MaHoSo']);
  });

  it('does not call the rules a clean record cannot trigger, and calls them again on the next record', () => {
    expect(run(rules, records, (i) => i === 1, ['b'])).toEqual(['a [0].MaHoSo', 'b [0].MaHoSo', 'c [0].MaHoSo', 'a [1].MaHoSo', 'c [1].MaHoSo', 'a [2].MaHoSo', 'b [2].MaHoSo', 'c [2].MaHoSo']);
  });

  it('drops a rule that threw on a clean record from the full list too', () => {
    const failing = [rule('a'), rule('b'), rule('c', (r) => r.n === 0)];
    expect(run(failing, records, (i) => i === 0, ['b'])).toEqual(['a [0].MaHoSo', 'failed c', 'a [1].MaHoSo', 'b [1].MaHoSo', 'a [2].MaHoSo', 'b [2].MaHoSo']);
  });
});
