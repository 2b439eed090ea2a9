/**
 * Small, self-contained packet families for the engine's own tests: they exercise every generic
 * check (required marks, types, formats, code lists, aliases, nested lists, a single-object `data`,
 * a reply) without depending on the real spec data, which other engineers maintain.
 */
import { t } from '../../i18n/localized';
import { dataField, field, madonviField, object, ref, replyFields, serviceField, sessionField } from '../../spec/common';
import type { KindModule } from '../../spec/module';
import type { CodeList, KindSpec, ObjectSpec, PacketSpec } from '../../spec/types';
import type { Rule } from '../../rules/types';

const R = ref('dossier.md', '§2.1');

export const STATUS_CODES: CodeList = {
  id: 'FixtureStatus',
  label: t('Trạng thái', 'Status'),
  closed: true,
  confidence: 'high',
  entries: Array.from({ length: 10 }, (_, i) => ({ code: String(i + 1), label: t(`Trạng thái ${i + 1}`, `Status ${i + 1}`) })),
  specRef: ref('dossier.md', '§4.1'),
};
STATUS_CODES.entries[3] = { code: '4', label: t('Đang xử lý', 'Being processed') };

export const CHANNEL_CODES: CodeList = {
  id: 'FixtureChannel',
  label: t('Kênh', 'Channel'),
  closed: false,
  confidence: 'low',
  entries: [
    { code: '1', label: t('Trực tiếp', 'In person') },
    { code: '2', label: t('Trực tuyến', 'Online') },
  ],
  specRef: ref('dossier.md', '§4.2'),
};

export const FILE_ITEM: ObjectSpec = object('fixture.File', t('Tệp', 'File'), ref('dossier.md', '§2.2'), [
  field('TenTepDinhKem', t('Tên tệp', 'File name'), { type: 'string', required: 'M', evidence: ['W2'], pii: 'none', specRef: R }),
  field('IsDeleted', t('Đã xóa', 'Deleted'), { type: 'string', required: 'M', format: 'trueFalse', evidence: ['W2'], pii: 'none', specRef: R }),
  field('DuongDanTaiTepTin', t('Đường dẫn', 'Link'), { type: 'string', required: 'M', format: 'url', evidence: ['W2'], pii: 'url', specRef: R }),
]);

export const RECORD: ObjectSpec = object('fixture.record', t('Hồ sơ mẫu', 'Fixture dossier'), R, [
  field('MaHoSo', t('Mã hồ sơ', 'Dossier number'), { type: 'string', required: 'M', allowEmpty: false, evidence: ['W2'], pii: 'none', specRef: ref('dossier.md', '§2.1', 1) }),
  field('NgayTiepNhan', t('Ngày tiếp nhận', 'Received at'), { type: 'string', required: 'M', format: 'datetime14', evidence: ['W2'], pii: 'none', specRef: ref('dossier.md', '§2.1', 17) }),
  field('NgayHenTra', t('Ngày hẹn trả', 'Due at'), { type: 'string', required: 'M*', format: 'datetime14', evidence: ['W2'], pii: 'none', specRef: ref('dossier.md', '§2.1', 18) }),
  field('Email', t('Thư điện tử', 'E-mail'), { type: 'string', required: 'M*', format: 'email', evidence: ['W2'], pii: 'email', specRef: ref('dossier.md', '§2.1', 13) }),
  field('TrangThaiHoSo', t('Trạng thái hồ sơ', 'Dossier status'), { type: 'string', required: 'M', codes: 'FixtureStatus', evidence: ['W2'], pii: 'none', specRef: ref('dossier.md', '§2.1', 19) }),
  field('KenhThucHien', t('Kênh thực hiện', 'Channel'), { type: 'string', required: 'O', codes: 'FixtureChannel', evidence: ['W'], pii: 'none', specRef: ref('dossier.md', '§2.1', 7) }),
  field('TrichYeuHoSo', t('Trích yếu', 'Summary'), { type: 'string', required: 'O', maxLength: 10, evidence: ['W2'], pii: 'freeText', specRef: ref('dossier.md', '§2.1', 16) }),
  field('MaDoiTuong', t('Mã đối tượng', 'TechID'), { type: 'string', required: 'O', nullable: true, evidence: ['W2'], pii: 'accountId', specRef: ref('dossier.md', '§2.1', 11) }),
  field('MALINHVUC', t('Mã lĩnh vực', 'Domain code'), { type: 'string', required: 'M?', aliases: ['MaLinhVuc'], evidence: ['W'], pii: 'none', specRef: ref('other-kinds.md', 'e.2', 2) }),
  field('SoLuong', t('Số lượng', 'Count'), { type: 'stringOrNumber', required: 'O', format: 'nonNegativeInteger', evidence: ['W'], pii: 'none', specRef: R }),
  field('TaiLieuNop', t('Tài liệu nộp', 'Submitted files'), { type: 'array', required: 'O', items: FILE_ITEM, evidence: ['W2'], pii: 'none', specRef: ref('dossier.md', '§2.1', 26) }),
  field('TTHCLIENQUAN', t('TTHC liên quan', 'Related procedures'), { type: 'array', required: 'O', itemType: 'string', evidence: ['W2'], pii: 'none', specRef: R }),
]);

function trueFalseField() {
  return field('isUpdating', t('Cập nhật', 'Is update'), { type: 'string', required: 'M', format: 'trueFalse', evidence: ['W2'], pii: 'none', specRef: ref('dossier.md', '§1.5') });
}

export const PUSH: PacketSpec = {
  id: 'FixturePush',
  kind: 'dossier',
  service: 'FixturePush',
  role: 'push',
  label: t('Gói đẩy mẫu', 'Fixture push'),
  envelope: object('fixture.envelope', t('Phong bì', 'Envelope'), ref('other-kinds.md', '§0.2'), [sessionField(), madonviField(), serviceField('FixturePush'), trueFalseField(), dataField(RECORD)]),
  recordsField: 'data',
  record: RECORD,
  specRef: R,
};

const STEP: ObjectSpec = object('fixture.step', t('Bước xử lý', 'Step'), ref('dossier.md', '§3.1'), [
  field('MaHoSo', t('Mã hồ sơ', 'Dossier number'), { type: 'string', required: 'M', evidence: ['W2'], pii: 'none', specRef: R }),
  field('NguoiXuLy', t('Người xử lý', 'Officer'), { type: 'string', required: 'M', maxLength: 50, evidence: ['W2'], pii: 'name', specRef: R }),
  field('ThoiDiemXuLy', t('Thời điểm', 'When'), { type: 'string', required: 'M', format: 'datetime14', evidence: ['W2'], pii: 'none', specRef: R }),
]);

export const STEPS: PacketSpec = {
  id: 'FixtureSteps',
  kind: 'progress',
  service: 'FixtureSteps',
  role: 'push',
  label: t('Bước mẫu', 'Fixture steps'),
  envelope: object('fixture.stepsEnvelope', t('Phong bì', 'Envelope'), ref('other-kinds.md', '§0.2'), [sessionField(), madonviField(), serviceField('FixtureSteps'), dataField(STEP)]),
  recordsField: 'data',
  record: STEP,
  specRef: R,
};

const STATUS2: ObjectSpec = object('fixture.status2', t('Trạng thái loại 2', 'Type-2 status'), ref('dossier.md', '§3.5'), [
  field('MaHoSo', t('Mã hồ sơ', 'Dossier number'), { type: 'string', required: 'M', evidence: ['W2'], pii: 'none', specRef: R }),
  field('NgayXuLy', t('Ngày xử lý', 'Processed at'), { type: 'string', required: 'M', format: 'datetime14', evidence: ['W2'], pii: 'none', specRef: R }),
]);

export const STATUS_PUSH: PacketSpec = {
  id: 'FixtureStatus2',
  kind: 'auxiliary',
  service: 'FixtureStatus',
  role: 'push',
  label: t('Trạng thái loại 2', 'Type-2 status'),
  envelope: object('fixture.status2Envelope', t('Phong bì', 'Envelope'), ref('dossier.md', '§3.5'), [
    sessionField(),
    madonviField(),
    serviceField('FixtureStatus'),
    field('type', t('Loại', 'Type'), { type: 'string', required: 'M', pattern: '2', evidence: ['W'], pii: 'none', specRef: R }),
    dataField(STATUS2, 'object'),
  ]),
  recordsField: 'data',
  record: STATUS2,
  recordsShape: 'object',
  discriminators: { type: '2' },
  specRef: R,
};

const TTHC: ObjectSpec = object('fixture.tthc', t('Thủ tục', 'Procedure'), ref('other-kinds.md', 'c.2'), [
  field('MATTHC', t('Mã TTHC', 'Procedure code'), { type: 'string', required: 'M', evidence: ['W2'], pii: 'none', specRef: R }),
  field('TENTTHC', t('Tên TTHC', 'Procedure name'), { type: 'string', required: 'M', evidence: ['W2'], pii: 'none', specRef: R }),
  field('LOAITTHC', t('Loại TTHC', 'Procedure type'), { type: 'stringOrNumber', required: 'M?', evidence: ['W2'], pii: 'none', specRef: R }),
]);

export const TTHC_RESPONSE: PacketSpec = {
  id: 'FixtureLay.response',
  kind: 'procedure',
  role: 'response',
  label: t('Trả về thủ tục', 'Procedure reply'),
  envelope: object('fixture.tthcReply', t('Trả lời', 'Reply'), ref('other-kinds.md', '§0.3'), replyFields(TTHC, 'M')),
  recordsField: 'result',
  record: TTHC,
  specRef: R,
};

export const TTHC_REQUEST: PacketSpec = {
  id: 'FixtureLay.request',
  kind: 'procedure',
  service: 'FixtureLay',
  role: 'request',
  label: t('Yêu cầu thủ tục', 'Procedure request'),
  envelope: object('fixture.tthcRequest', t('Yêu cầu', 'Request'), ref('other-kinds.md', 'c.1'), [
    sessionField(),
    madonviField(),
    serviceField('FixtureLay'),
    field('maTTHC', t('Mã TTHC', 'Procedure code'), { type: 'string', required: 'M', evidence: ['W2'], pii: 'none', specRef: R }),
  ]),
  specRef: R,
};

export const LOGIN: PacketSpec = {
  id: 'fixture.login',
  kind: 'auxiliary',
  role: 'request',
  label: t('Đăng nhập', 'Login'),
  envelope: object('fixture.login', t('Đăng nhập', 'Login'), ref('dossier.md', '§1.4'), [
    field('username', t('Tài khoản', 'User name'), { type: 'string', required: 'M', evidence: ['W2'], pii: 'name', specRef: R }),
    field('password', t('Mật khẩu', 'Password'), { type: 'string', required: 'M', evidence: ['W2'], pii: 'secret', specRef: R }),
  ]),
  specRef: R,
};

/** A record-scope rule: the deadline must not precede receipt (an impossibility: error in strict). */
export const DEADLINE_RULE: Rule = {
  code: 'dossier.fixture-deadline',
  strength: 'inferred',
  defaultSeverity: { strict: 'error' },
  title: t('Hạn trước ngày nhận', 'Deadline before receipt'),
  message: t('Ngày hẹn trả {due} trước ngày tiếp nhận {received}.', 'Due date {due} is before the receipt {received}.'),
  hint: t('Sửa một trong hai ngày.', 'Fix one of the two dates.'),
  specRef: ref('dossier.md', '§5', 4),
  packets: ['FixturePush'],
  scope: 'record',
  check(ctx) {
    const a = ctx.record.NgayTiepNhan;
    const b = ctx.record.NgayHenTra;
    if (typeof a === 'string' && typeof b === 'string' && /^\d{14}$/.test(a) && /^\d{14}$/.test(b) && b < a) {
      ctx.report({ at: ['NgayHenTra'], params: { due: b, received: a } });
    }
  },
};

/** A document rule: the same MaHoSo twice in one create batch (reported at the second). */
export const DUPLICATE_RULE: Rule = {
  code: 'dossier.fixture-duplicate',
  strength: 'firm',
  title: t('Trùng mã hồ sơ', 'Duplicate dossier number'),
  message: t('Mã hồ sơ {code} xuất hiện hai lần.', 'Dossier number {code} appears twice.'),
  hint: t('Bỏ bản ghi trùng.', 'Remove the duplicate.'),
  specRef: ref('dossier.md', '§5', 1),
  packets: ['FixturePush'],
  scope: 'document',
  check(ctx) {
    const seen = new Set<unknown>();
    ctx.records.forEach((r, i) => {
      if (seen.has(r.MaHoSo)) ctx.report({ at: ['data', i, 'MaHoSo'], params: { code: String(r.MaHoSo) } });
      seen.add(r.MaHoSo);
    });
  },
};

/** A paired-request rule: the reply's MATTHC must be the one asked for. */
export const PAIRED_RULE: Rule = {
  code: 'procedure.fixture-paired',
  strength: 'firm',
  title: t('Sai thủ tục', 'Wrong procedure'),
  message: t('MATTHC {got} khác mã đã hỏi {asked}.', 'MATTHC {got} differs from the requested {asked}.'),
  hint: t('Kiểm tra yêu cầu.', 'Check the request.'),
  specRef: ref('other-kinds.md', 'c.4', 1),
  packets: ['FixtureLay.response'],
  scope: 'record',
  needs: 'request',
  check(ctx) {
    const asked = ctx.request?.maTTHC;
    if (asked !== undefined && ctx.record.MATTHC !== asked) ctx.report({ at: ['MATTHC'], params: { got: String(ctx.record.MATTHC), asked: String(asked) } });
  },
};

function kind(id: KindSpec['id'], packets: PacketSpec[], codeLists: CodeList[] = [], provisional = false): KindSpec {
  return { id, label: t(id, id), description: t(id, id), packets, codeLists, specRef: R, ...(provisional ? { provisional } : {}) };
}

/** A valid record of FixturePush. */
export function fixtureRecord(i = 0): Record<string, unknown> {
  return {
    MaHoSo: `H22.01-240312-${String(i).padStart(4, '0')}`,
    NgayTiepNhan: '20240312081500',
    NgayHenTra: '20240326170000',
    Email: 'a@example.vn',
    TrangThaiHoSo: '2',
    KenhThucHien: '2',
    MALINHVUC: 'G03-GD10',
    TaiLieuNop: [{ TenTepDinhKem: 'don.pdf', IsDeleted: 'False', DuongDanTaiTepTin: 'https://example.vn/don.pdf' }],
  };
}

/** Module stand-ins for the engine tests (registry order: first packet = main). */
export const FIXTURE_MODULES: KindModule[] = [
  {
    spec: kind('dossier', [PUSH], [STATUS_CODES, CHANNEL_CODES]),
    rules: [DEADLINE_RULE, DUPLICATE_RULE],
    template: () => ({ session: '<session>', madonvi: '000.00.01.H22', service: 'FixturePush', isUpdating: 'False', data: [fixtureRecord(1)] }),
    generate: (n) => Array.from({ length: n }, (_, i) => fixtureRecord(i)),
  },
  {
    spec: kind('progress', [STEPS]),
    rules: [],
    template: () => ({ session: 's', madonvi: '000.00.01.H22', service: 'FixtureSteps', data: [{ MaHoSo: 'X-1', NguoiXuLy: 'Lê Văn Bình', ThoiDiemXuLy: '20240312081500' }] }),
    generate: (n) => Array.from({ length: n }, (_, i) => ({ MaHoSo: `X-${i}`, NguoiXuLy: 'Lê Văn Bình', ThoiDiemXuLy: '20240312081500' })),
  },
  {
    spec: kind('procedure', [TTHC_RESPONSE, TTHC_REQUEST]),
    rules: [PAIRED_RULE],
    template: () => ({ error_code: '0', message: 'Thành công', result: [{ MATTHC: '1.001193', TENTTHC: 'Cấp phép', LOAITTHC: '1' }] }),
    generate: (n) => Array.from({ length: n }, () => ({ MATTHC: '1.001193', TENTTHC: 'Cấp phép', LOAITTHC: '1' })),
  },
  {
    spec: kind('auxiliary', [STATUS_PUSH, LOGIN]),
    rules: [],
    template: () => ({ username: 'u', password: 'p' }),
    generate: () => [],
  },
];
