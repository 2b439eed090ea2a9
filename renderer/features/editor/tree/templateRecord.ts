/**
 * A new record for "add a record": the record of the packet's own template (shared/spec/kinds/
 * *Template.ts — complete and valid), so a tester starts from something the portal accepts.
 */
import { KIND_MODULES } from '../../../../shared/spec/registry';
import type { RecordSpec } from '../model/recordSpec';

/** A fresh copy of the template's first record for the document's packet, or undefined when there is none. */
export function templateRecord(spec: RecordSpec): unknown {
  const { kind, packet } = spec;
  const module = kind ? KIND_MODULES.find((m) => m.spec.id === kind.id) : undefined;
  if (!module || !packet) return undefined;
  let body: Record<string, unknown>;
  try {
    body = module.template(packet.id);
  } catch {
    // A packet without its own template (a reply, a login body): no record to offer.
    return undefined;
  }
  const records = packet.recordsField ? body[packet.recordsField] : undefined;
  const first = Array.isArray(records) ? records[0] : records;
  return first && typeof first === 'object' ? structuredClone(first) : undefined;
}
