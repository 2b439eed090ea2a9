/**
 * The strings of "compare results under two profiles" (merged into the profile strings, hence into
 * renderer/i18n/dictionary.ts), Vietnamese first with complete English. A is the profile in use,
 * B the one considered (docs/PROFILES.md "What would a new profile change?").
 */
export const PROFILE_COMPARE_STRINGS = {
  'profileCompare.open': { vi: 'So sánh với hồ sơ khác…', en: 'Compare with another profile…' },
  'profileCompare.title': { vi: 'So sánh kết quả theo hai hồ sơ cấu hình', en: 'Compare results under two profiles' },
  'profileCompare.intro': {
    vi: 'Tài liệu "{name}" được kiểm tra lại theo hồ sơ B; hồ sơ đang dùng (A) không thay đổi. Vấn đề được khớp theo mã và vị trí.',
    en: 'The document "{name}" is validated again under profile B; the profile in use (A) does not change. Issues are matched by code and path.',
  },
  'profileCompare.profileA': { vi: 'A — hồ sơ đang dùng', en: 'A — the profile in use' },
  'profileCompare.profileB': { vi: 'B — hồ sơ để so sánh', en: 'B — the profile to compare with' },
  'profileCompare.run': { vi: 'So sánh', en: 'Compare' },
  'profileCompare.running': { vi: 'Đang kiểm tra theo hồ sơ {id}…', en: 'Validating under the profile {id}…' },
  'profileCompare.failed': { vi: 'Không so sánh được', en: 'Could not compare' },
  'profileCompare.unknown': {
    vi: 'Hồ sơ "{id}" không còn trong danh sách hồ sơ; hãy chọn hồ sơ khác.',
    en: 'The profile "{id}" is no longer listed; choose another one.',
  },
  'profileCompare.noDocument': { vi: 'Hãy mở một tài liệu trước khi so sánh.', en: 'Open a document before comparing.' },
  'profileCompare.stale': {
    vi: 'Tài liệu đã thay đổi sau lần so sánh này; bấm "So sánh" để cập nhật.',
    en: 'The document changed after this comparison; press "Compare" to update it.',
  },
  'profileCompare.side': { vi: '{label}: {profile} — {verdict}; {counts}', en: '{label}: {profile} — {verdict}; {counts}' },
  'profileCompare.valid': { vi: 'hợp lệ', en: 'valid' },
  'profileCompare.invalid': { vi: 'không hợp lệ', en: 'invalid' },
  'profileCompare.becomesInvalid': {
    vi: 'Theo hồ sơ {b}, tài liệu này sẽ KHÔNG hợp lệ (theo {a} thì hợp lệ).',
    en: 'Under the profile {b} this document would be INVALID (valid under {a}).',
  },
  'profileCompare.becomesValid': {
    vi: 'Theo hồ sơ {b}, tài liệu này sẽ hợp lệ (theo {a} thì không).',
    en: 'Under the profile {b} this document would be valid (invalid under {a}).',
  },
  'profileCompare.sameVerdict': { vi: 'Kết luận không đổi: {verdict} theo cả hai hồ sơ.', en: 'Same verdict: {verdict} under both profiles.' },
  'profileCompare.noDifference': { vi: 'Không có khác biệt: cùng các vấn đề, cùng mức.', en: 'No difference: the same issues at the same severities.' },
  'profileCompare.unchanged': { vi: '{n} vấn đề giống nhau theo cả hai hồ sơ.', en: '{n} issues are the same under both profiles.', enOne: '{n} issue is the same under both profiles.' },
  'profileCompare.added': { vi: 'Mới theo B ({n})', en: 'New under B ({n})' },
  'profileCompare.gone': { vi: 'Không còn theo B ({n})', en: 'Gone under B ({n})' },
  'profileCompare.changed': { vi: 'Đổi mức ({n})', en: 'Severity changed ({n})' },
  'profileCompare.severityMove': { vi: '{a} → {b}', en: '{a} → {b}' },
  'profileCompare.more': {
    vi: 'Chỉ hiện {shown} mục đầu trong {n}; dòng lệnh liệt kê đủ: qcvn120 validate --profile {a} --compare-profile {b} TỆP',
    en: 'Only the first {shown} of {n} are shown; the command line lists them all: qcvn120 validate --profile {a} --compare-profile {b} FILE',
  },
  'profileCompare.close': { vi: 'Đóng', en: 'Close' },
} as const;
