/**
 * Lookups used around the dossier push: `TraCuuHoSo` (does the dossier already exist on DVCQG?
 * dossier.md §3.2) and `TraCuuTechID` (the applicant's DVCQG account id, §3.3).
 */
import { t } from '../../i18n/localized';
import { field, madonviField, object, ref, replyFields, serviceField, sessionField } from '../common';
import type { ObjectSpec, PacketSpec } from '../types';
import { opaqueResultItem } from './auxiliaryLogin';

/** `TraCuuHoSo.request`: envelope + lower-case `mahoso`, no `data` (dossier.md §3.2, §1.5). */
export const TRA_CUU_HO_SO_REQUEST: PacketSpec = {
  id: 'TraCuuHoSo.request',
  kind: 'auxiliary',
  service: 'TraCuuHoSo',
  role: 'request',
  label: t('Tra cứu hồ sơ (yêu cầu)', 'Dossier lookup (request)'),
  help: t(
    'Hỏi Cổng DVCQG xem MaHoSo đã có chưa, để chọn isUpdating "False" (gửi mới) hay "True" (cập nhật) trước khi gửi DongBoHoSoMC.',
    'Asks DVCQG whether a MaHoSo already exists, to choose isUpdating "False" (create) or "True" (update) before pushing DongBoHoSoMC.',
  ),
  envelope: object('auxiliary.envelope.TraCuuHoSo.request', t('Yêu cầu tra cứu hồ sơ', 'Dossier lookup request'), ref('dossier.md', '§3.2'), [
    sessionField(),
    madonviField(),
    serviceField('TraCuuHoSo'),
    field('mahoso', t('Mã hồ sơ cần tra cứu', 'Dossier number to look up'), {
      type: 'string',
      required: 'M',
      allowEmpty: false,
      evidence: ['W'],
      pii: 'none',
      example: '000.21.30.H22-240507-0015',
      help: t(
        'MaHoSo của hồ sơ cần tra cứu. Khóa viết thường toàn bộ ("mahoso"), khác với "MaHoSo" trong bản ghi hồ sơ.',
        'The MaHoSo to look up. The key is all lower case ("mahoso"), unlike "MaHoSo" in dossier records.',
      ),
      specRef: ref('dossier.md', '§3.2', 'mahoso'),
    }),
  ]),
  specRef: ref('dossier.md', '§3.2'),
};

const TRA_CUU_HO_SO_RESULT = opaqueResultItem('auxiliary.TraCuuHoSo.result', ref('dossier.md', '§3.2', 'result'));

/** `TraCuuHoSo.response`: a reply whose non-empty `result` means "already on DVCQG" (§3.2). */
export const TRA_CUU_HO_SO_RESPONSE: PacketSpec = {
  id: 'TraCuuHoSo.response',
  kind: 'auxiliary',
  role: 'response',
  label: t('Tra cứu hồ sơ (trả lời)', 'Dossier lookup (response)'),
  help: t(
    'result khác rỗng nghĩa là hồ sơ đã có trên Cổng (gửi tiếp với isUpdating "True"); result rỗng nghĩa là gửi mới. Các trường của từng mục chưa từng được quan sát.',
    'A non-empty result means the dossier is already on the portal (push with isUpdating "True"); empty means create. The item fields were never observed.',
  ),
  envelope: object('auxiliary.envelope.TraCuuHoSo.response', t('Trả lời tra cứu hồ sơ', 'Dossier lookup response'), ref('dossier.md', '§3.2'), replyFields(TRA_CUU_HO_SO_RESULT)),
  recordsField: 'result',
  record: TRA_CUU_HO_SO_RESULT,
  recordsShape: 'array',
  specRef: ref('dossier.md', '§3.2'),
};

/** `TraCuuTechID.request`: service, provider "wso2is", mstorcmnd (dossier.md §3.3). */
export const TRA_CUU_TECH_ID_REQUEST: PacketSpec = {
  id: 'TraCuuTechID.request',
  kind: 'auxiliary',
  service: 'TraCuuTechID',
  role: 'request',
  label: t('Tra cứu TechID (yêu cầu)', 'TechID lookup (request)'),
  help: t(
    'Tìm mã tài khoản Cổng DVCQG (TechID) của người nộp theo mã số thuế hoặc số CCCD/CMND; kết quả dùng cho MaDoiTuong. Gửi tới địa chỉ chia sẻ (share endpoint).',
    "Finds the applicant's DVCQG account id (TechID) from a tax code or CCCD/CMND number; the result goes into MaDoiTuong. Sent to the share endpoint.",
  ),
  envelope: object('auxiliary.envelope.TraCuuTechID.request', t('Yêu cầu tra cứu TechID', 'TechID lookup request'), ref('dossier.md', '§3.3'), [
    // One system copies session and madonvi into every body (other-kinds.md §0.2); the reference
    // lists only the three keys below for this call, so they are optional here.
    sessionField('O'),
    { ...madonviField(), required: 'O' },
    serviceField('TraCuuTechID', ['W']),
    field('provider', t('Nhà cung cấp định danh', 'Identity provider'), {
      type: 'string',
      required: 'M?',
      pattern: 'wso2is',
      evidence: ['W'],
      pii: 'none',
      example: 'wso2is',
      help: t('Luôn là "wso2is" (hệ thống định danh của Cổng DVCQG).', 'Always "wso2is" (the DVCQG identity server).'),
      specRef: ref('dossier.md', '§3.3', 'provider'),
    }),
    field('mstorcmnd', t('Mã số thuế hoặc số CMND/CCCD', 'Tax code or ID number'), {
      type: 'string',
      required: 'M',
      allowEmpty: false,
      evidence: ['W'],
      pii: 'idNumber',
      example: '002088017734',
      help: t('Mã số thuế (tổ chức) hoặc số CCCD/CMND (cá nhân) của người cần tìm TechID.', 'Tax code (organisation) or CCCD/CMND number (person) whose TechID is wanted.'),
      specRef: ref('dossier.md', '§3.3', 'mstorcmnd'),
    }),
  ]),
  specRef: ref('dossier.md', '§3.3'),
};

/** A `TraCuuTechID` result item: `TECHNICALID`, other keys unseen (ignored). */
const TECH_ID_RESULT: ObjectSpec = object(
  'auxiliary.TraCuuTechID.result',
  t('Tài khoản Cổng DVCQG', 'DVCQG account'),
  ref('dossier.md', '§3.3', 'result'),
  [
    field('TECHNICALID', t('Mã tài khoản (TechID)', 'Account id (TechID)'), {
      type: 'string',
      required: 'M?',
      evidence: ['W'],
      pii: 'accountId',
      example: '5b0e7c3a-91d2-4f6e-8a47-2c9d1e0f3b58',
      help: t('TechID của người dùng trên Cổng DVCQG; điền vào MaDoiTuong của hồ sơ nộp trực tuyến.', "The user's DVCQG TechID; goes into MaDoiTuong of online dossiers."),
      specRef: ref('dossier.md', '§3.3', 'TECHNICALID'),
    }),
  ],
  'ignore',
);

/** `TraCuuTechID.response`: `result[0].TECHNICALID` (dossier.md §3.3). */
export const TRA_CUU_TECH_ID_RESPONSE: PacketSpec = {
  id: 'TraCuuTechID.response',
  kind: 'auxiliary',
  role: 'response',
  label: t('Tra cứu TechID (trả lời)', 'TechID lookup (response)'),
  help: t('result[0].TECHNICALID là TechID cần tìm; result rỗng nghĩa là không có tài khoản.', 'result[0].TECHNICALID is the TechID; an empty result means no account.'),
  envelope: object('auxiliary.envelope.TraCuuTechID.response', t('Trả lời tra cứu TechID', 'TechID lookup response'), ref('dossier.md', '§3.3'), replyFields(TECH_ID_RESULT)),
  recordsField: 'result',
  record: TECH_ID_RESULT,
  recordsShape: 'array',
  specRef: ref('dossier.md', '§3.3'),
};
