/**
 * The main area when a document is open: syntax error or summary, then the issues.
 */
import { Stack } from '@mui/material';
import type { LoadedDocument } from './documentModel';
import { DocumentSummary } from './DocumentSummary';
import { IssuesPreview } from './IssuesPreview';
import { SyntaxErrorPanel } from './SyntaxErrorPanel';

/** The document view. */
export function DocumentView({ loaded }: { loaded: LoadedDocument }) {
  const { doc, report } = loaded;
  return (
    <Stack spacing={2} sx={{ p: 3, overflow: 'auto', flex: 1 }}>
      {report.syntax ? <SyntaxErrorPanel name={doc.name} syntax={report.syntax} repairs={report.repairs} /> : <DocumentSummary doc={doc} report={report} />}
      {!report.syntax && <IssuesPreview issues={report.issues} />}
    </Stack>
  );
}
