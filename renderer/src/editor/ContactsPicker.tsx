import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragCancelEvent,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../main/core/schema';
import { shownRole } from '../contacts/contact-form';
import { useContacts } from '../contacts/useContacts';
import { GripIcon } from '../ui/icons';
import { moved } from '../ui/moved';

function ContactRow({ id, contact, index, count, onMove, onRemove }: { id: string; contact: Contact | undefined; index: number; count: number; onMove: (to: number) => void; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const role = contact ? shownRole(contact, i18n.language) : '';
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id });
  const name = contact?.name ?? t('contacts.missing');
  return (
    // dnd-kit moves the row with a transform set through the CSSOM, which the CSP allows.
    <li ref={setNodeRef} className={isDragging ? 'contact-row dragging' : 'contact-row'} style={{ transform: CSS.Translate.toString(transform), transition }}>
      <button type="button" className="drag-handle" {...attributes} {...listeners} aria-label={t('contacts.drag', { name })}>
        <GripIcon />
      </button>
      <span className="contact-name">
        <strong>{name}</strong>
        {role && <span className="muted"> · {role}</span>}
      </span>
      <span className="row-buttons">
        <button type="button" className="icon-button" aria-label={t('contacts.up', { name })} disabled={index === 0} onClick={() => onMove(index - 1)}>
          ↑
        </button>
        <button type="button" className="icon-button" aria-label={t('contacts.down', { name })} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
          ↓
        </button>
        <button type="button" className="icon-button" aria-label={t('contacts.remove', { name })} onClick={onRemove}>
          ×
        </button>
      </span>
    </li>
  );
}

/**
 * The release's contacts, picked from the directory, in the order they print. Rows are dragged by
 * their handle (mouse, or Space and arrows on the handle), or moved with the up/down buttons.
 */
export function ContactsPicker({ contactIds, onChange }: { contactIds: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const contacts = useContacts() ?? [];
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const available = contacts.filter((contact) => !contactIds.includes(contact.id));
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: UniqueIdentifier) => byId.get(String(id))?.name ?? t('contacts.missing');
  const position = (id: UniqueIdentifier | undefined) => (id === undefined ? 0 : contactIds.indexOf(String(id)) + 1);
  const accessibility = {
    screenReaderInstructions: { draggable: t('contacts.dragInstructions') },
    announcements: {
      onDragStart: ({ active }: DragStartEvent) => t('contacts.dragStart', { name: nameOf(active.id), position: position(active.id) }),
      onDragOver: ({ active, over }: DragOverEvent) => (over ? t('contacts.dragOver', { name: nameOf(active.id), position: position(over.id) }) : undefined),
      onDragEnd: ({ active, over }: DragEndEvent) => t('contacts.dragEnd', { name: nameOf(active.id), position: position(over?.id ?? active.id) }),
      onDragCancel: ({ active }: DragCancelEvent) => t('contacts.dragCancel', { name: nameOf(active.id) }),
    },
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) onChange(moved(contactIds, contactIds.indexOf(String(active.id)), contactIds.indexOf(String(over.id))));
  };

  return (
    <div className="contacts-picker">
      {contactIds.length === 0 ? (
        <p className="muted">{t('contacts.none')}</p>
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
          <SortableContext items={contactIds} strategy={verticalListSortingStrategy}>
            <ol className="contact-list">
              {contactIds.map((id, index) => (
                <ContactRow
                  key={id}
                  id={id}
                  contact={byId.get(id)}
                  index={index}
                  count={contactIds.length}
                  onMove={(to) => onChange(moved(contactIds, index, to))}
                  onRemove={() => onChange(contactIds.filter((other) => other !== id))}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      {available.length > 0 && (
        <select aria-label={t('contacts.add')} value="" onChange={(e) => e.target.value && onChange([...contactIds, e.target.value])}>
          <option value="">{t('contacts.add')}</option>
          {available.map((contact) => (
            <option key={contact.id} value={contact.id}>
              {contact.name}
              {contact.organisation ? ` — ${contact.organisation}` : ''}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
