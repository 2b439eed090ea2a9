/**
 * Names of packet kinds and packets, as the spec data states them (Vietnamese and English).
 */
import type { Localized } from '../../../shared/i18n/localized';
import { KIND_MODULES, packetById } from '../../../shared/spec/registry';
import type { KindId, KindSpec } from '../../../shared/spec/types';

/** Every kind, in the order of spec/README.md. */
export function allKinds(): KindSpec[] {
  return KIND_MODULES.map((m) => m.spec);
}

/** The label of a kind. */
export function kindLabel(kind: KindId): Localized | undefined {
  return KIND_MODULES.find((m) => m.spec.id === kind)?.spec.label;
}

/** The label of a packet (e.g. `DongBoHoSoMC`). */
export function packetLabel(packetId: string): Localized | undefined {
  return packetById(packetId)?.label;
}

/** A complete, valid document of a kind (its main packet, or `packetId`), as pretty-printed JSON text. */
export function templateText(kind: KindId, packetId?: string): string {
  const module = KIND_MODULES.find((m) => m.spec.id === kind);
  if (!module) throw new Error(`Unknown kind ${kind}`);
  return `${JSON.stringify(module.template(packetId), null, 2)}\n`;
}
