/**
 * Facts about the portal's services that decide how a document is sent: which endpoint,
 * whether `isUpdating` applies, where the dossier numbers are.
 */

/** Endpoint of a service (dossier.md §1.2; other-kinds.md §0.1). */
export type Endpoint = 'data' | 'share';

/** LayDanhSachTTHC, LayDanhMuc… and TraCuuTechID go to the share endpoint (other-kinds.md §0.1, dossier.md §1.2). */
const SHARE_SERVICE = /^(LayDanhSachTTHC|LayDanhMuc\w*|TraCuuTechID)$/;

/** The endpoint a service is called on. */
export function endpointFor(service: string): Endpoint {
  return SHARE_SERVICE.test(service) ? 'share' : 'data';
}

/** Only DongBoHoSoMC carries `isUpdating` (dossier.md §1.5; CapNhatTienDoHoSoMC has none). */
export function takesIsUpdating(service: string): boolean {
  return service === 'DongBoHoSoMC';
}

/** Pushes change the portal's data (`DongBo…`, `CapNhat…`); lookups (`Lay…`, `TraCuu…`) only read. */
export function isPushService(service: string): boolean {
  return /^(DongBo|CapNhat)/.test(service);
}

/** The `isUpdating` choice of a send: decided by the caller, taken from the document, or looked up. */
export type IsUpdatingChoice = 'auto' | 'True' | 'False' | 'document';

/** Reads a MaHoSo-like value: strings only, trimmed; anything else is not a dossier number. */
function dossierNumber(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The dossier numbers a body concerns, for history search: `MaHoSo` of each record
 * (DongBoHoSoMC, CapNhatTienDoHoSoMC, DongBoTrangThaiHoSo's single object) and TraCuuHoSo's
 * lower-case `mahoso` (dossier.md §3.2). Unique, in order of appearance.
 */
export function dossierNumbersOf(body: unknown): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    const n = dossierNumber(v);
    if (n && !out.includes(n)) out.push(n);
  };
  const fromRecord = (r: unknown) => {
    if (r && typeof r === 'object' && !Array.isArray(r)) add((r as Record<string, unknown>).MaHoSo);
  };
  if (Array.isArray(body)) body.forEach(fromRecord);
  else if (body && typeof body === 'object') {
    const o = body as Record<string, unknown>;
    add(o.mahoso);
    add(o.MaHoSo);
    if (Array.isArray(o.data)) o.data.forEach(fromRecord);
    else fromRecord(o.data);
  }
  return out;
}
