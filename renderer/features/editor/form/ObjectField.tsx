/**
 * A field whose value is an object with its own spec: a framed section with the object's fields.
 */
import { Box } from '@mui/material';
import { useId } from 'react';
import { FieldGroup } from './FieldGroup';
import type { FieldRowProps } from './FieldRow';
import { ObjectFields } from './ObjectFields';

/** The nested object's section. */
export function ObjectField({ field, wire, path, value }: FieldRowProps) {
  const headId = useId();
  return (
    <FieldGroup field={field} wire={wire} path={path} headId={headId}>
      <Box sx={{ mt: 1 }}>
        <ObjectFields object={field?.object} value={value} path={path} />
      </Box>
    </FieldGroup>
  );
}
