/**
 * The frame every helpdesk tool dialog shares (triage chooser, masking, evidence pack, reply
 * explainer, text normalisation): a title that names the dialog, one line of help under it, the
 * tool's content in a column, and its buttons.
 */
import { Dialog, DialogActions, DialogContent, DialogTitle, Typography, type Breakpoint } from '@mui/material';
import type { ReactNode } from 'react';

export interface ToolDialogProps {
  open: boolean;
  onClose(): void;
  /** The title element's id (the dialog is labelled by it; e2e tests find the dialog by that name). */
  titleId: string;
  title: string;
  help: string;
  maxWidth?: Breakpoint;
  /** Space between the content's blocks (theme spacing units). */
  gap?: number;
  actions: ReactNode;
  children: ReactNode;
}

/** The dialog frame. */
export function ToolDialog({ open, onClose, titleId, title, help, maxWidth = 'md', gap = 1.5, actions, children }: ToolDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth={maxWidth} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap }}>
        <Typography variant="body2" color="text.secondary">
          {help}
        </Typography>
        {children}
      </DialogContent>
      <DialogActions>{actions}</DialogActions>
    </Dialog>
  );
}
