/**
 * Which packet reference the core implements, for Help → About, reports and evidence packs.
 * The regulation's own field tables were not available (spec/README.md "How this reference was
 * made"); the revision counts releases of the reconstruction in shared/spec/kinds/.
 */
export const SPEC_STANDARD = 'QCVN 120:2019/BTTTT';

/** Revision of the reconstructed reference shipped in this build. */
export const SPEC_REVISION = '1.0';

/** One line: standard and revision. */
export const SPEC_VERSION = `${SPEC_STANDARD} (reference ${SPEC_REVISION})`;
