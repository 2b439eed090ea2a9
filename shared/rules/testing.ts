/**
 * A small harness for rule unit tests: runs one rule's check on a record (or document) and
 * returns its findings, without the whole validation engine.
 */
import type { PacketSpec } from '../spec/types';
import type { Finding, Rule } from './types';

export interface RunRuleInput {
  packet: PacketSpec;
  record?: Record<string, unknown>;
  records?: Record<string, unknown>[];
  envelope?: Record<string, unknown>;
  request?: Record<string, unknown>;
}

/** Runs `rule` as the engine would for one record (record rules) or the document (document rules). */
export function runRule(rule: Rule, input: RunRuleInput): Finding[] {
  const findings: Finding[] = [];
  const records = input.records ?? (input.record ? [input.record] : []);
  const report = (f: Finding) => findings.push(f);
  if (rule.needs === 'request' && !input.request) return findings;
  if (rule.scope === 'record') {
    records.forEach((record, i) =>
      rule.check({ packet: input.packet, record, recordIndex: records.length > 1 ? i : 0, records, envelope: input.envelope, request: input.request, report }),
    );
  } else {
    rule.check({ packet: input.packet, record: {}, records, envelope: input.envelope, request: input.request, report });
  }
  return findings;
}
