/**
 * A JSON body shown as it travels (pretty-printed, monospace), scrollable and reachable by
 * keyboard, for previews, replies and history entries.
 */
import { Box } from '@mui/material';
import { MONO } from '../../theme/fonts';

/** A read-only JSON block with an accessible name. */
export function JsonBlock({ value, label, maxHeight = 280 }: { value: unknown; label: string; maxHeight?: number }) {
  return (
    <Box
      component="pre"
      role="region"
      aria-label={label}
      tabIndex={0}
      sx={{
        m: 0,
        p: 1,
        maxHeight,
        overflow: 'auto',
        fontFamily: MONO,
        fontSize: 12,
        bgcolor: 'action.hover',
        borderRadius: 1,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
      }}
    >
      {JSON.stringify(value, null, 2)}
    </Box>
  );
}
