/**
 * A button for something that cannot be undone (delete an environment, clear the history): the
 * first click asks, in place, with the question and a second button; no browser pop-up.
 */
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

export interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm(): void;
}

/** Asks once before acting. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button color="error" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="group" aria-label={question}>
      <Typography variant="body2">{question}</Typography>
      <Button
        color="error"
        variant="contained"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </Button>
      <Button onClick={() => setAsking(false)}>{t('action.cancel')}</Button>
    </Stack>
  );
}
