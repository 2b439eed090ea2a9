/** Evidence packs: a masked, checksummed bundle of a packet, its reply and its issues. */
export { buildEvidencePack, type EvidenceInput, type EvidencePack, type EvidencePackData, type EvidencePart, type EvidenceResult, type EvidenceIssue } from './pack';
export { sha256Hex } from './sha256';
export { evidenceHtml } from './html';
