/**
 * The `auxiliary` family: login, the portal's reply, TraCuuHoSo, TraCuuTechID and the type-2
 * DongBoTrangThaiHoSo (dossier.md §1.4, §1.6, §3.2, §3.3, §3.5).
 */
import type { KindModule } from '../module';
import { AUXILIARY_RULES } from './auxiliaryRules';
import { AUXILIARY_KIND } from './auxiliarySpec';
import { auxiliaryTemplate, generateStatusFeedback } from './auxiliaryTemplate';

/** The auxiliary kind module listed by shared/spec/registry.ts. */
export const auxiliaryModule: KindModule = {
  spec: AUXILIARY_KIND,
  rules: AUXILIARY_RULES,
  template: auxiliaryTemplate,
  generate: generateStatusFeedback,
};
