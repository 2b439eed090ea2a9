/**
 * The data the sandbox portal shares (the pulls: LayThuTuc, LayDanhSachTTHC, the Q&A and PAKN
 * lists). It comes from the core's own templates and generators (shared/spec/kinds), so it is
 * valid by construction and realistic, plus a TTHC entry for every procedure code seen in a
 * received dossier, so LayThuTuc answers for the procedures a tester actually uses.
 */
import { createRandom } from '../../../shared/generate/random';
import { kindModule } from '../../../shared/spec/registry';
import type { KindId } from '../../../shared/spec/types';
import type { SandboxState } from './state';

type Rec = Record<string, unknown>;

function resultOf(kind: KindId, packetId: string): Rec[] {
  try {
    const doc = kindModule(kind).template(packetId);
    return Array.isArray(doc.result) ? (doc.result as Rec[]) : [];
  } catch {
    // A template the kind does not provide: the list is simply empty.
    return [];
  }
}

let base: Rec[] | undefined;

/** Procedures of the built-in catalogue: the LayThuTuc template plus a few generated ones. */
function baseCatalogue(): Rec[] {
  if (!base) {
    const list = [...resultOf('procedure', 'LayThuTuc.response')];
    try {
      list.push(...kindModule('procedure').generate(5, createRandom(120)));
    } catch {
      // No generator: the template alone is the catalogue.
    }
    const seen = new Set<string>();
    base = list.filter((r) => typeof r.MATTHC === 'string' && !seen.has(r.MATTHC) && seen.add(r.MATTHC));
  }
  return base;
}

/** The TTHC records the sandbox knows: built-in ones, then one per MaTTHC seen in received dossiers. */
export function catalogue(state: SandboxState): Rec[] {
  const list = [...baseCatalogue()];
  const known = new Set(list.map((r) => r.MATTHC));
  const model = list[0];
  for (const d of Object.values(state.dossiers)) {
    const r = d.record;
    // A dossier may carry the unit-specific form 1.001234.000.00.00.H22; the national database,
    // and so LayThuTuc, knows the base code 1.001234 (dossier.md §2.1 row 2).
    const code = typeof r.MaTTHC === 'string' ? /^\d{1,2}\.\d{6}/.exec(r.MaTTHC.trim())?.[0] : undefined;
    if (!code || known.has(code) || !model) continue;
    known.add(code);
    // dossier.md §3.4: TenTTHC and the domain come from LayThuTuc's TENTTHC and LINHVUCTHUCHIEN.
    list.push({
      ...structuredClone(model),
      MATTHC: code,
      TENTTHC: r.TenTTHC ?? model.TENTTHC,
      LINHVUCTHUCHIEN: [{ MALINHVUC: r.MaLinhVuc ?? '', TENLINHVUC: r.TenLinhVuc ?? '' }],
    });
  }
  return list;
}

/** Questions citizens "sent on the portal" to the unit (other-kinds.md (e) e.1). */
export function questionsFromPortal(): Rec[] {
  return resultOf('qa', 'LayDanhSachHoiDapGuiTuDVCQG.response');
}

/** PAKN items routed to the unit (other-kinds.md (d), a reconstruction). */
export function paknItems(): Rec[] {
  return resultOf('feedback', 'LayDanhSachPAKN.response');
}
