/**
 * Masking personal data before a packet leaves the agency. The pure core: callers pass the
 * spec's packets (`allPackets()` from shared/spec/registry) when they create the batch masker.
 */
export { createMasker, Masker, MaskError, type MaskOptions, type PseudonymKind } from './masker';
export { maskValue, markerFor } from './maskDocument';
export { maskText } from './maskText';
export { isMasked, isMaskedText, maskMarkerOf, stripMaskMarker, withMaskMarker, MASK_MARKER_KEY, MASK_TOOL, type MaskMarker } from './marker';
export { resolveDocument, GENERIC_ENVELOPE, type ResolvedDocument } from './resolve';
export { findField, walkScalars, childSpec } from './specWalk';
