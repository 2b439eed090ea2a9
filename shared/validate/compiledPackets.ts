/**
 * The compiled checkers of a packet under a profile, cached: a closure checker for the envelope
 * (its records' items are left to the engine) and one for the record, plus, when the Node-only
 * accelerator is on, generated fast predicates in front of them (codegen.ts).
 */
import type { KindModule } from '../spec/module';
import type { PacketSpec } from '../spec/types';
import { codeListsFor, overridePacket } from './applyProfile';
import { createCheckContext } from './checkContext';
import { codegenEnabled, compileFastCheck, compileRecordChecker, type FastCheck, type RecordChecker, type TextTest } from './codegen';
import { SpecCompiler, type ObjectChecker } from './compile';
import type { Profile } from './profileTypes';

export interface CompiledPacket {
  /** The packet as the profile sees it (overrides applied). */
  packet: PacketSpec;
  provisional: boolean;
  envelope: ObjectChecker;
  record?: ObjectChecker;
  fastEnvelope?: FastCheck;
  fastRecord?: FastCheck;
  /** The record predicate with a text test folded in (codegen.ts TextTest), generated on first use. */
  fastRecordWithText(text: TextTest): FastCheck | undefined;
  /**
   * The accelerated record checker (codegen.ts RecordChecker), with a text test folded in when
   * given; generated on first use, undefined without the accelerator.
   */
  recordChecker(text?: TextTest): RecordChecker | undefined;
  /** Whether the fast predicates were generated (the accelerator was on at compile time). */
  accelerated: boolean;
}

const cache = new WeakMap<Profile, WeakMap<PacketSpec, CompiledPacket>>();

/** The compiled checkers of `packet` (one of `modules`) under `profile`, compiled once. */
export function compiledPacket(packet: PacketSpec, profile: Profile, modules: readonly KindModule[]): CompiledPacket {
  let perProfile = cache.get(profile);
  if (!perProfile) cache.set(profile, (perProfile = new WeakMap()));
  const hit = perProfile.get(packet);
  if (hit && hit.accelerated === codegenEnabled()) return hit;
  const kind = modules.find((m) => m.spec.packets.includes(packet))?.spec ?? modules.find((m) => m.spec.id === packet.kind)?.spec;
  const allKinds = modules.map((m) => m.spec);
  const effective = overridePacket(packet, profile);
  // A packet's own mark wins: LayTaiLieuPAKN is official (QCVN Table 11) inside the provisional PAKN family.
  const provisional = (packet.provisional ?? kind?.provisional) === true;
  const lists = kind ? codeListsFor(kind, allKinds, profile) : new Map();
  const ctx = createCheckContext(profile, lists, provisional);
  const compiler = new SpecCompiler(ctx);
  const checkers = new Map<TextTest | undefined, RecordChecker | undefined>();
  const withText = new Map<TextTest, FastCheck | undefined>();
  const compiled: CompiledPacket = {
    packet: effective,
    provisional,
    envelope: compiler.object(effective.envelope, effective.recordsField),
    record: effective.record ? compiler.object(effective.record) : undefined,
    fastEnvelope: compileFastCheck(effective.envelope, ctx, effective.recordsField ?? ''),
    fastRecord: effective.record ? compileFastCheck(effective.record, ctx) : undefined,
    fastRecordWithText(text) {
      if (!withText.has(text)) withText.set(text, effective.record && compiled.accelerated ? compileFastCheck(effective.record, ctx, undefined, text) : undefined);
      return withText.get(text);
    },
    recordChecker(text) {
      if (!checkers.has(text)) {
        const spec = effective.record;
        checkers.set(text, spec && compiled.accelerated ? compileRecordChecker(spec, ctx, compiler.objectParts(spec), text) : undefined);
      }
      return checkers.get(text);
    },
    accelerated: codegenEnabled(),
  };
  perProfile.set(packet, compiled);
  return compiled;
}
