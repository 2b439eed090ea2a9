/**
 * What the sandbox portal does with each service, after the session was accepted. Replies are
 * shaped like the portal's: `error_code` as a string, a Vietnamese `message`, `result` for
 * lookups (dossier.md §1.6, other-kinds.md §0.3). Create vs update follows dossier.md §5 rule 1
 * (a create of an existing MaHoSo → "-3" with the portal's own message); progress and updates
 * of an unknown MaHoSo are refused (§5 rule 2).
 */
import { createHash } from 'node:crypto';
import { SANDBOX_CODES, alreadyExistsMessage } from '../../../shared/portal/errorCodes';
import { packetIdForService, type Validator } from '../../../shared/portal/checkBeforeSend';
import { addPush, type SandboxState } from './state';
import { catalogue, paknItems, questionsFromPortal } from './catalogue';

export type Reply = Record<string, unknown> & { error_code: string; message: string };

export interface HandlerContext {
  state: SandboxState;
  /** ISO time of the call. */
  now: string;
  validate: Validator;
}

export interface Handled {
  reply: Reply;
  /** The state changed and must be saved. */
  changed: boolean;
}

const ok = (extra: Record<string, unknown> = {}): Reply => ({ error_code: '0', message: 'Thành công', ...extra });
const err = (code: string, message: string): Reply => ({ error_code: code, message });

/** Services the sandbox implements, for its banner and its "unknown service" message. */
export const SANDBOX_SERVICES = [
  'DongBoHoSoMC',
  'CapNhatTienDoHoSoMC',
  'TraCuuHoSo',
  'DongBoTrangThaiHoSo',
  'DongBoThongKeHoSo',
  'DongBoDanhGia',
  'LayThuTuc',
  'LayDanhSachTTHC',
  'TraCuuTechID',
  'LayDanhSachHoiDapGuiTuDVCQG',
  'LayDanhSachHoiDapBoCoQuan',
  'LayNoiDungTraLoiTheoCauHoi',
  'DongBoHoiDap',
  'DongBoKetQuaHoiDapGuiTuDVCQG',
  'LayDanhSachPAKN',
  'DongBoKetQuaPAKN',
] as const;

/** Pushes that are only validated and stored. */
const STORED_PUSHES = new Set(['DongBoThongKeHoSo', 'DongBoDanhGia', 'DongBoHoiDap', 'DongBoKetQuaHoiDapGuiTuDVCQG', 'DongBoKetQuaPAKN', 'DongBoTrangThaiHoSo']);

function records(body: Record<string, unknown>): Record<string, unknown>[] {
  const d = body.data;
  const list = Array.isArray(d) ? d : d && typeof d === 'object' ? [d] : [];
  return list.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object' && !Array.isArray(r));
}

function maHoSoOf(r: Record<string, unknown>): string {
  return typeof r.MaHoSo === 'string' ? r.MaHoSo.trim() : '';
}

/** The validation verdict as the sandbox's "-1" message: the first errors with their paths. */
function validationError(body: Record<string, unknown>, service: string, ctx: HandlerContext): Reply | undefined {
  const packetId = packetIdForService(service);
  if (!packetId) return undefined;
  const report = ctx.validate(body, { packetId });
  if (report.valid) return undefined;
  const errors = report.issues.filter((i) => i.severity === 'error');
  const shown = errors.slice(0, 5).map((i) => `${i.path || '(gói tin)'}: ${i.message.vi}`);
  const more = errors.length > shown.length ? `; … (${errors.length} lỗi)` : '';
  return err(SANDBOX_CODES.invalidRequest, `Dữ liệu không hợp lệ: ${shown.join('; ')}${more}`);
}

/** Handles one data call whose session was accepted. */
export function handleService(body: Record<string, unknown>, ctx: HandlerContext): Handled {
  const service = typeof body.service === 'string' ? body.service.trim() : '';
  if (!service) return { reply: err(SANDBOX_CODES.invalidRequest, 'Thiếu tên dịch vụ (service)'), changed: false };
  if (!(SANDBOX_SERVICES as readonly string[]).includes(service)) {
    return { reply: err(SANDBOX_CODES.unknownService, `Dịch vụ ${service} không được hỗ trợ trên cổng thử nghiệm. Các dịch vụ có: ${SANDBOX_SERVICES.join(', ')}`), changed: false };
  }
  const invalid = validationError(body, service, ctx);
  if (invalid) return { reply: invalid, changed: false };
  const madonvi = typeof body.madonvi === 'string' ? body.madonvi : '';
  switch (service) {
    case 'DongBoHoSoMC':
      return dossierPush(body, madonvi, ctx);
    case 'CapNhatTienDoHoSoMC':
      return progressPush(body, ctx);
    case 'TraCuuHoSo': {
      const n = typeof body.mahoso === 'string' ? body.mahoso.trim() : '';
      const d = ctx.state.dossiers[n];
      // The result items of the real portal were never seen (dossier.md §3.2): the stored record stands in.
      return { reply: ok({ result: d ? [d.record] : [] }), changed: false };
    }
    case 'LayThuTuc': {
      const code = typeof body.maTTHC === 'string' ? body.maTTHC.trim() : '';
      const found = catalogue(ctx.state).filter((r) => r.MATTHC === code);
      return { reply: ok({ result: found }), changed: false };
    }
    case 'LayDanhSachTTHC':
      return { reply: ok({ result: catalogue(ctx.state).map((r) => ({ MATTHC: r.MATTHC, TENTTHC: r.TENTTHC })) }), changed: false };
    case 'TraCuuTechID': {
      const id = typeof body.mstorcmnd === 'string' ? body.mstorcmnd.trim() : '';
      if (!id) return { reply: ok({ result: [] }), changed: false };
      const h = createHash('sha256').update(`techid:${id}`).digest('hex');
      return { reply: ok({ result: [{ TECHNICALID: `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}` }] }), changed: false };
    }
    case 'LayDanhSachHoiDapGuiTuDVCQG':
      return { reply: ok({ result: questionsFromPortal() }), changed: false };
    case 'LayDanhSachHoiDapBoCoQuan': {
      const pushed = (ctx.state.pushes.DongBoHoiDap ?? []).flatMap((p) => (Array.isArray(p.data) ? p.data : []));
      return { reply: ok({ result: pushed }), changed: false };
    }
    case 'LayNoiDungTraLoiTheoCauHoi': {
      const id = String(body.cauhoiid ?? '').trim();
      const answers = (ctx.state.pushes.DongBoKetQuaHoiDapGuiTuDVCQG ?? [])
        .flatMap((p) => (Array.isArray(p.data) ? (p.data as Record<string, unknown>[]) : []))
        .filter((a) => String(a.HOIDAPID ?? '') === id)
        .map((a, i) => ({ TRALOIID: i + 1, NOIDUNGTRALOI: a.NOIDUNGTRALOI }));
      return { reply: ok({ result: answers }), changed: false };
    }
    case 'LayDanhSachPAKN':
      return { reply: ok({ result: paknItems() }), changed: false };
    default:
      if (STORED_PUSHES.has(service)) {
        addPush(ctx.state, service, madonvi, body.data, ctx.now);
        return { reply: ok(), changed: true };
      }
      return { reply: err(SANDBOX_CODES.unknownService, `Dịch vụ ${service} không được hỗ trợ trên cổng thử nghiệm`), changed: false };
  }
}

/** DongBoHoSoMC: create ("False") or update ("True"); a batch is accepted or refused as a whole. */
function dossierPush(body: Record<string, unknown>, madonvi: string, ctx: HandlerContext): Handled {
  const list = records(body);
  const updating = String(body.isUpdating).trim().toLowerCase() === 'true';
  for (const r of list) {
    const n = maHoSoOf(r);
    const exists = n in ctx.state.dossiers;
    if (!updating && exists) return { reply: err('-3', alreadyExistsMessage(n)), changed: false };
    if (updating && !exists) {
      return { reply: err(SANDBOX_CODES.notFound, `Mã hồ sơ ${n} chưa tồn tại trên CDVCQG; hãy gửi tạo mới (isUpdating "False") trước`), changed: false };
    }
  }
  for (const r of list) {
    const n = maHoSoOf(r);
    const d = ctx.state.dossiers[n];
    if (d) {
      d.record = r;
      d.madonvi = madonvi;
      d.updatedAt = ctx.now;
      d.updates++;
    } else {
      ctx.state.dossiers[n] = { madonvi, record: r, createdAt: ctx.now, updatedAt: ctx.now, updates: 0, progress: [] };
    }
  }
  return { reply: ok(), changed: list.length > 0 };
}

/** CapNhatTienDoHoSoMC: steps are appended; every MaHoSo must exist (dossier.md §5 rule 2). */
function progressPush(body: Record<string, unknown>, ctx: HandlerContext): Handled {
  const list = records(body);
  for (const r of list) {
    const n = maHoSoOf(r);
    if (!(n in ctx.state.dossiers)) {
      return {
        reply: err(SANDBOX_CODES.notFound, `Mã hồ sơ ${n} chưa tồn tại trên CDVCQG; chỉ gửi tiến độ sau khi đồng bộ hồ sơ (DongBoHoSoMC) thành công`),
        changed: false,
      };
    }
  }
  for (const r of list) ctx.state.dossiers[maHoSoOf(r)]!.progress.push(r);
  return { reply: ok(), changed: list.length > 0 };
}
