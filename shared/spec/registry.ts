/**
 * The packet families the core knows, and lookups over them.
 */
import type { KindModule } from './module';
import type { KindId, PacketSpec } from './types';
import { dossierModule } from './kinds/dossier';
import { progressModule } from './kinds/progress';
import { surveyModule } from './kinds/survey';
import { statisticsModule } from './kinds/statistics';
import { procedureModule } from './kinds/procedure';
import { feedbackModule } from './kinds/feedback';
import { qaModule } from './kinds/qa';
import { auxiliaryModule } from './kinds/auxiliary';

/** All families, in the order of spec/README.md. */
export const KIND_MODULES: readonly KindModule[] = [
  dossierModule,
  progressModule,
  surveyModule,
  statisticsModule,
  procedureModule,
  feedbackModule,
  qaModule,
  auxiliaryModule,
];

const byKind = new Map<KindId, KindModule>(KIND_MODULES.map((m) => [m.spec.id, m]));
const byPacket = new Map<string, PacketSpec>();
for (const m of KIND_MODULES) for (const p of m.spec.packets) byPacket.set(p.id, p);

/** The module of a kind. */
export function kindModule(kind: KindId): KindModule {
  const m = byKind.get(kind);
  if (!m) throw new Error(`Unknown kind ${kind}`);
  return m;
}

/** A packet by its id (e.g. `DongBoHoSoMC`, `LayThuTuc.response`). */
export function packetById(id: string): PacketSpec | undefined {
  return byPacket.get(id);
}

/** Every packet of every kind. */
export function allPackets(): PacketSpec[] {
  return [...byPacket.values()];
}

/** Packets whose body carries this `service` value. */
export function packetsForService(service: string): PacketSpec[] {
  return allPackets().filter((p) => p.service === service);
}
