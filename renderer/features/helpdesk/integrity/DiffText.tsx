/**
 * A character-level diff shown inline: removed characters struck through in the error colour,
 * inserted ones underlined in the success colour, and invisible characters made visible by their
 * code point (a removed zero-width space would otherwise show as nothing).
 */
import { Box } from '@mui/material';
import type { DiffSegment } from '../../../../shared/text/index';
import { MONO } from '../../../theme/fonts';

/** How a run of characters is displayed: invisible and combining characters by their U+ number. */
export function visible(text: string): string {
  return [...text]
    .map((ch) => {
      const cp = ch.codePointAt(0)!;
      const invisible = cp < 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp === 0xad || (cp >= 0x200b && cp <= 0x200f) || cp === 0x2060 || cp === 0xfeff || (cp >= 0x2028 && cp <= 0x202f);
      const combining = cp >= 0x300 && cp <= 0x36f;
      return invisible || combining ? `⟨U+${cp.toString(16).toUpperCase().padStart(4, '0')}⟩` : ch;
    })
    .join('');
}

/** The diff, inline. */
export function DiffText({ diff }: { diff: readonly DiffSegment[] }) {
  return (
    <Box component="span" sx={{ fontFamily: MONO, fontSize: 13, wordBreak: 'break-word' }}>
      {diff.map((d, i) =>
        d.op === 'equal' ? (
          <span key={i}>{d.text}</span>
        ) : d.op === 'delete' ? (
          <Box key={i} component="del" sx={{ color: 'error.main', bgcolor: 'action.hover' }}>
            {visible(d.text)}
          </Box>
        ) : (
          <Box key={i} component="ins" sx={{ color: 'success.main', bgcolor: 'action.hover' }}>
            {visible(d.text)}
          </Box>
        ),
      )}
    </Box>
  );
}
