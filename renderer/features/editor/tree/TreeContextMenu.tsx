/**
 * The row's context menu (right click, Shift+F10 or the menu key): the record actions on a
 * record, "show every record where field = value" on a field inside a record.
 */
import { ListItemText, Menu, MenuItem, Typography } from '@mui/material';
import { useI18n } from '../../../i18n/I18nProvider';
import type { RecordCommand } from './TreeToolbar';
import type { TreeRow } from './treeModel';

export interface TreeMenuState {
  row: TreeRow;
  x: number;
  y: number;
}

export interface TreeContextMenuProps {
  menu?: TreeMenuState;
  onClose(): void;
  editable: boolean;
  recordCount: number;
  /** The "show every record where …" offer for the menu's row, when it has one. */
  sameValue?: string;
  onRecord(row: TreeRow, command: RecordCommand): void;
  onSameValue(row: TreeRow): void;
}

/** The menu. */
export function TreeContextMenu({ menu, onClose, editable, recordCount, sameValue, onRecord, onSameValue }: TreeContextMenuProps) {
  const { t } = useI18n();
  const row = menu?.row;
  const isRecord = row?.kind === 'record';
  const index = row?.recordIndex ?? 0;
  const run = (command: RecordCommand) => () => {
    onClose();
    if (row) onRecord(row, command);
  };
  const items = [];
  if (isRecord) {
    items.push(
      <MenuItem key="add" disabled={!editable} onClick={run('add')}>
        {t('tree.add')}
      </MenuItem>,
      <MenuItem key="duplicate" disabled={!editable} onClick={run('duplicate')}>
        {t('tree.duplicate')}
      </MenuItem>,
      <MenuItem key="up" disabled={!editable || index === 0} onClick={run('up')}>
        <ListItemText>{t('tree.up')}</ListItemText>
        <Typography variant="body2" color="text.secondary" sx={{ ml: 2 }}>
          Alt+↑
        </Typography>
      </MenuItem>,
      <MenuItem key="down" disabled={!editable || index >= recordCount - 1} onClick={run('down')}>
        <ListItemText>{t('tree.down')}</ListItemText>
        <Typography variant="body2" color="text.secondary" sx={{ ml: 2 }}>
          Alt+↓
        </Typography>
      </MenuItem>,
      <MenuItem key="delete" disabled={!editable} onClick={run('delete')}>
        <ListItemText>{t('tree.delete')}</ListItemText>
        <Typography variant="body2" color="text.secondary" sx={{ ml: 2 }}>
          Delete
        </Typography>
      </MenuItem>,
    );
  }
  if (sameValue) {
    items.push(
      <MenuItem
        key="same"
        onClick={() => {
          onClose();
          if (row) onSameValue(row);
        }}
      >
        {sameValue}
      </MenuItem>,
    );
  }
  return (
    <Menu
      open={Boolean(menu) && items.length > 0}
      onClose={onClose}
      anchorReference="anchorPosition"
      anchorPosition={menu ? { top: menu.y, left: menu.x } : undefined}
    >
      {items}
    </Menu>
  );
}
