/**
 * The `progress` family: `CapNhatTienDoHoSoMC` (dossier.md §3.1), its rules, template and
 * generator.
 */
import type { KindModule } from '../module';
import { unknownPacketError } from './dossierTemplate';
import { generateProgress, progressTemplate } from './progressGenerate';
import { PROGRESS_RULES } from './progressRules';
import { PROGRESS_KIND } from './progressSpec';

/** The progress kind module listed by shared/spec/registry.ts. */
export const progressModule: KindModule = {
  spec: PROGRESS_KIND,
  rules: PROGRESS_RULES,
  template(packetId = 'CapNhatTienDoHoSoMC') {
    if (packetId !== 'CapNhatTienDoHoSoMC') throw unknownPacketError('progress', packetId, ['CapNhatTienDoHoSoMC']);
    return progressTemplate();
  },
  generate: generateProgress,
};
