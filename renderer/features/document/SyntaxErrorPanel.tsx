/**
 * A document that is not JSON: where the parser stopped (line and column), why, and the repairs
 * the core suggests, each with a preview before it is applied (nothing is changed silently). The
 * text can also be fixed by hand in the JSON view below.
 */
import { Alert, AlertTitle, Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import type { Repair, SyntaxProblem } from '../../../shared/validate/report';
import { useI18n } from '../../i18n/I18nProvider';

export interface SyntaxErrorPanelProps {
  name: string;
  syntax: SyntaxProblem;
  repairs: Repair[];
  /** Opens the preview of a repair (absent: the repairs are only listed). */
  onPreview?(repair: Repair): void;
}

/** The syntax error panel. */
export function SyntaxErrorPanel({ name, syntax, repairs, onPreview }: SyntaxErrorPanelProps) {
  const { t, tl } = useI18n();
  return (
    <Alert severity="error" role="alert" aria-labelledby="syntax-title">
      <AlertTitle id="syntax-title" component="h1">
        {t('syntax.title', { name })}
      </AlertTitle>
      <Typography variant="body1" sx={{ fontWeight: 600 }}>
        {t('syntax.where', { line: syntax.line, column: syntax.column })}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {tl(syntax.message)}
      </Typography>
      {repairs.length > 0 && (
        <>
          <Typography variant="subtitle2" sx={{ mt: 1.5 }}>
            {t('syntax.repairs')}
          </Typography>
          {/* The preview button sits under its repair's text: as a ListItem secondary action it was
              absolutely placed and, with a long Vietnamese title, drawn over the description. */}
          <List dense disablePadding>
            {repairs.map((r) => (
              <ListItem key={r.code} disableGutters sx={{ display: 'block' }}>
                <ListItemText primary={`${tl(r.title)} (${r.count})`} secondary={tl(r.description)} />
                {onPreview && (
                  <Button size="small" variant="outlined" color="inherit" onClick={() => onPreview(r)} sx={{ mb: 1 }}>
                    {t('syntax.previewRepair', { title: tl(r.title) })}
                  </Button>
                )}
              </ListItem>
            ))}
          </List>
          <Typography variant="caption">{t('syntax.repairsNote')}</Typography>
        </>
      )}
    </Alert>
  );
}
