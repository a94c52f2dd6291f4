import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseSummary } from '../../../main/api/contract';
import type { Language } from '../../../main/core/language';
import type { KitItem } from '../../../main/core/schema';
import { BodyEditor } from '../editor/BodyEditor';
import { GripIcon } from '../ui/icons';
import type { KitAction, KitDraft } from './kit-draft';

function useItemName(releases: ReadonlyMap<string, ReleaseSummary>) {
  const { t } = useTranslation();
  return (item: KitItem): string => {
    if (item.type === 'contacts') return t('kits.contactsPage');
    if (item.type === 'about') return item.title || t('kits.aboutUntitled');
    if (item.type === 'photos') return item.title || t('kits.photosPage');
    const release = releases.get(item.releaseId);
    return release ? `${release.ref} — ${release.title || t('list.untitled')}` : t('kits.missingRelease');
  };
}

function ItemRow({
  itemKey,
  item,
  name,
  index,
  count,
  language,
  dispatch,
}: {
  itemKey: string;
  item: KitItem;
  name: string;
  index: number;
  count: number;
  language: Language;
  dispatch: (action: KitAction) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(item.type === 'about' && !item.title);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: itemKey });
  return (
    // dnd-kit moves the row with a transform set through the CSSOM, which the CSP allows.
    <li ref={setNodeRef} className={`kit-item kit-item-${item.type} ${isDragging ? 'dragging' : ''}`} style={{ transform: CSS.Translate.toString(transform), transition }} data-kit-item={name}>
      <div className="kit-item-row">
        <button type="button" className="drag-handle" {...attributes} {...listeners} aria-label={t('kits.drag', { name })}>
          <GripIcon />
        </button>
        <span className="kit-item-number" aria-hidden="true">
          {index + 1}
        </span>
        <span className="kit-item-kind">{t(`kits.kinds.${item.type}`)}</span>
        <span className="kit-item-name">{name}</span>
        <span className="row-buttons">
          {(item.type === 'about' || item.type === 'photos') && (
            <button type="button" className="button button-small button-quiet" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
              {open ? t('kits.closeAbout') : t('kits.editAbout')}
            </button>
          )}
          <button type="button" className="icon-button" aria-label={t('kits.up', { name })} disabled={index === 0} onClick={() => dispatch({ type: 'move', from: index, to: index - 1 })}>
            ↑
          </button>
          <button type="button" className="icon-button" aria-label={t('kits.down', { name })} disabled={index === count - 1} onClick={() => dispatch({ type: 'move', from: index, to: index + 1 })}>
            ↓
          </button>
          <button type="button" className="icon-button" aria-label={t('kits.remove', { name })} onClick={() => dispatch({ type: 'remove', key: itemKey })}>
            ×
          </button>
        </span>
      </div>
      {item.type === 'photos' && open && (
        <div className="kit-about">
          <label className="field">
            <span>{t('kits.aboutTitle')}</span>
            <input type="text" lang={language} value={item.title} onChange={(e) => dispatch({ type: 'replaceItem', key: itemKey, item: { ...item, title: e.target.value } })} />
          </label>
        </div>
      )}
      {item.type === 'about' && open && (
        <div className="kit-about">
          <label className="field">
            <span>{t('kits.aboutTitle')}</span>
            <input type="text" value={item.title} onChange={(e) => dispatch({ type: 'replaceItem', key: itemKey, item: { ...item, title: e.target.value } })} />
          </label>
          <div className="field">
            <span className="label">{t('body.label')}</span>
            <BodyEditor value={item.body} language={language} onChange={(body) => dispatch({ type: 'replaceItem', key: itemKey, item: { ...item, body } })} />
          </div>
        </div>
      )}
    </li>
  );
}

/**
 * The kit's contents in print order. Rows are dragged by their handle (mouse, or Space and the arrow
 * keys on the handle), or moved with the up/down buttons.
 */
export function KitItems({ draft, releases, dispatch }: { draft: KitDraft; releases: ReadonlyMap<string, ReleaseSummary>; dispatch: (action: KitAction) => void }) {
  const { t } = useTranslation();
  const nameOf = useItemName(releases);
  const { items } = draft.kit;
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, scrollBehavior: 'auto' }));
  const at = (id: UniqueIdentifier | undefined) => draft.keys.indexOf(String(id));
  const name = (id: UniqueIdentifier) => {
    const item = items[at(id)];
    return item ? nameOf(item) : '';
  };
  const accessibility = {
    screenReaderInstructions: { draggable: t('kits.dragInstructions') },
    announcements: {
      onDragStart: ({ active }: { active: { id: UniqueIdentifier } }) => t('kits.dragStart', { name: name(active.id), position: at(active.id) + 1 }),
      onDragOver: ({ active, over }: { active: { id: UniqueIdentifier }; over: { id: UniqueIdentifier } | null }) =>
        over ? t('kits.dragOver', { name: name(active.id), position: at(over.id) + 1 }) : undefined,
      onDragEnd: ({ active, over }: { active: { id: UniqueIdentifier }; over: { id: UniqueIdentifier } | null }) =>
        t('kits.dragEnd', { name: name(active.id), position: at(over?.id ?? active.id) + 1 }),
      onDragCancel: ({ active }: { active: { id: UniqueIdentifier } }) => t('kits.dragCancel', { name: name(active.id) }),
    },
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) dispatch({ type: 'moveKey', key: String(active.id), overKey: String(over.id) });
  };
  if (items.length === 0) return <p className="muted">{t('kits.problems.items')}</p>;
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
      <SortableContext items={draft.keys} strategy={verticalListSortingStrategy}>
        <ol className="kit-items" aria-label={t('kits.contents')}>
          {items.map((item, index) => {
            const key = draft.keys[index] ?? String(index);
            return <ItemRow key={key} itemKey={key} item={item} name={nameOf(item)} index={index} count={items.length} language={draft.kit.language} dispatch={dispatch} />;
          })}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
