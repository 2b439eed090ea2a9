/**
 * A field whose value is an object with its own spec: a framed section with the object's fields.
 */
import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import { formatPath } from '../../../../shared/issues/issue';
import { IssueBadges } from '../tree/IssueBadges';
import { FieldIssues } from './FieldIssues';
import { FieldLabel, HelpButton } from './FieldLabel';
import { useForm, useFormIssues } from './FormContext';
import type { FieldRowProps } from './FieldRow';
import { ObjectFields } from './ObjectFields';

/** The nested object's section. */
export function ObjectField({ field, wire, path, value }: FieldRowProps) {
  const form = useForm();
  const issues = useFormIssues();
  const key = formatPath(path);
  const headId = useId();
  return (
    <Box component="section" role="group" aria-labelledby={headId} data-field={key} tabIndex={-1} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, outline: 'none' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography id={headId} variant="subtitle2" component="h3">
          <FieldLabel wire={wire} field={field} />
        </Typography>
        <IssueBadges counts={issues.counts(key)} />
        <Box sx={{ flex: 1 }} />
        <HelpButton wire={wire} field={field} spec={form.spec} />
      </Box>
      <FieldIssues id={`${headId}-issues`} issues={issues.at(key)} />
      <ObjectFields object={field?.object} value={value} path={path} />
    </Box>
  );
}
