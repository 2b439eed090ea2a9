/**
 * The framed section of a field that holds other fields or values (a nested object, a list of
 * objects, a list of values): its heading with the field's name, issue badges, ⓘ help and the
 * caller's actions, the field's own issues, then the content.
 */
import { Box, Typography } from '@mui/material';
import type { FocusEventHandler, ReactNode } from 'react';
import { formatPath, type PathSegment } from '../../../../shared/issues/issue';
import type { FieldSpec } from '../../../../shared/spec/types';
import { IssueBadges } from '../tree/IssueBadges';
import { FieldIssues } from './FieldIssues';
import { FieldLabel, HelpButton } from './FieldLabel';
import { useForm, useFormIssues } from './FormContext';

export interface FieldGroupProps {
  field?: FieldSpec;
  wire: string;
  path: PathSegment[];
  /** Id of the heading (from the caller's useId, which also names its inputs). */
  headId: string;
  /** After the field's name in the heading (e.g. the number of items). */
  titleSuffix?: ReactNode;
  /** Buttons at the end of the heading (e.g. Add). */
  actions?: ReactNode;
  onFocusCapture?: FocusEventHandler<HTMLElement>;
  children: ReactNode;
}

/** A field's framed section. */
export function FieldGroup({ field, wire, path, headId, titleSuffix, actions, onFocusCapture, children }: FieldGroupProps) {
  const form = useForm();
  const issues = useFormIssues();
  const key = formatPath(path);
  return (
    <Box
      component="section"
      role="group"
      aria-labelledby={headId}
      data-field={key}
      tabIndex={-1}
      onFocusCapture={onFocusCapture}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, outline: 'none' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Typography id={headId} variant="subtitle2" component="h3">
          <FieldLabel wire={wire} field={field} />
          {titleSuffix}
        </Typography>
        <IssueBadges counts={issues.counts(key)} />
        <Box sx={{ flex: 1 }} />
        <HelpButton wire={wire} field={field} spec={form.spec} />
        {actions}
      </Box>
      <FieldIssues id={`${headId}-issues`} issues={issues.at(key)} />
      {children}
    </Box>
  );
}
