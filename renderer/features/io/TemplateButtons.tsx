import { IMPORT_ENTITIES, type ImportEntity } from '@shared/io/types';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { useStore } from '../../store';
import { baseName, ENTITY_LABELS, TEMPLATE_NAMES } from './labels';

/** Downloads an import template (the columns and one example row) where the user chooses. */
export async function saveTemplate(entity: ImportEntity, format: 'csv' | 'xlsx'): Promise<void> {
  const { pushToast, showError } = useStore.getState();
  try {
    const { path } = await call('io:chooseSavePath', { defaultName: `${TEMPLATE_NAMES[entity]}.${format}`, format, title: 'Save the template' });
    if (!path) return;
    await call('io:template', { entity, format, path });
    pushToast({ kind: 'success', message: `Template saved: ${baseName(path)}` });
  } catch (error) {
    showError(error);
  }
}

export function TemplateButtons({ entity }: { entity: ImportEntity }) {
  return (
    <div className="io-templates">
      <span className="hint">Template for {ENTITY_LABELS[entity].toLowerCase()}:</span>
      <Button size="sm" icon="file" onClick={() => void saveTemplate(entity, 'csv')}>CSV</Button>
      <Button size="sm" icon="file" onClick={() => void saveTemplate(entity, 'xlsx')}>Excel</Button>
    </div>
  );
}

export const ALL_ENTITIES = IMPORT_ENTITIES;
