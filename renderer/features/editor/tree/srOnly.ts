/**
 * Text for screen readers only (counts spelled out, required marks explained): present in the
 * accessible name, invisible on screen.
 */
import type { CSSProperties } from 'react';

/** The usual visually-hidden style. */
export const SR_ONLY: CSSProperties = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: 1,
  margin: -1,
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: 1,
};
