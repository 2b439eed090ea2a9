/**
 * The `dossier` family: `DongBoHoSoMC` (dossier.md §1.5, §2), its rules (§5), template and
 * generator.
 */
import type { KindModule } from '../module';
import { generateDossiers } from './dossierGenerate';
import { DOSSIER_RULES } from './dossierRules';
import { DOSSIER_KIND } from './dossierSpec';
import { dossierTemplate, unknownPacketError } from './dossierTemplate';

/** The dossier kind module listed by shared/spec/registry.ts. */
export const dossierModule: KindModule = {
  spec: DOSSIER_KIND,
  rules: DOSSIER_RULES,
  template(packetId = 'DongBoHoSoMC') {
    if (packetId !== 'DongBoHoSoMC') throw unknownPacketError('dossier', packetId, ['DongBoHoSoMC']);
    return dossierTemplate();
  },
  generate: generateDossiers,
};
