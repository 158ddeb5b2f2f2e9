import { CHECKLIST_MAX_ITEMS, type ChecklistItem, type Task } from '@rundown/domain';
import { ArrowDown, ArrowUp, CheckCircle2, Circle, Plus, X } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Button } from '../../../components/ui/button';
import { Input } from '../../../components/ui/input';
import { cn } from '../../../lib/cn';
import { errorMessage } from '../../../lib/errors';
import { focusWhenSaved } from '../../../lib/focus-when-saved';
import { useChecklist } from '../api/checklist';
import { Section } from './drawer-section';

const inputId = (itemId: string) => `checklist-item-${itemId}`;

type Props = { task: Task; orgId: string; eventId: string; canWrite: boolean };

/**
 * The task's checklist. With schedule.write: tick, rename (Enter or leaving the field saves,
 * Escape undoes), reorder (buttons, or Alt+↑/↓ in a title) and remove items, and add new ones
 * (Enter in the "new item" field adds and stays there for the next).
 */
export function TaskChecklist({ task, orgId, eventId, canWrite }: Props) {
  const { t } = useTranslation();
  const checklist = useChecklist(orgId, eventId, task.id);
  const [draft, setDraft] = useState('');
  const newId = useId();
  const items = task.checklist;
  const done = items.filter((c) => c.done).length;
  const full = items.length >= CHECKLIST_MAX_ITEMS;
  const fail = (error: unknown) => toast.error(errorMessage(t, error));
  /** Shows the error, then puts back what the refused change had shown. */
  const failThen = (undo: () => void) => (error: unknown) => (fail(error), undo());

  // Changes are queued (one task's are sent in order), so each call takes its own outcome from
  // mutateAsync: callbacks given to mutate() run only for the latest call.
  // Adding empties the field at once for the next item; a refused one comes back into it unless
  // something new has been typed there since.
  const add = () => {
    const title = draft.trim();
    if (!title || full) return;
    setDraft('');
    checklist.add.mutateAsync({ title }).catch(failThen(() => setDraft((typed) => typed || title)));
  };

  const move = (item: ChecklistItem, position: number) => {
    if (position < 0 || position >= items.length) return;
    checklist.move.mutateAsync({ itemId: item.id, position }).then(focusWhenSaved(() => document.getElementById(inputId(item.id))), fail);
  };

  const remove = (item: ChecklistItem, index: number) => {
    // Focus goes to the next item (or the previous, or the new-item field), never to the page.
    const next = items[index + 1] ?? items[index - 1];
    const refocus = focusWhenSaved(() => document.getElementById(next ? inputId(next.id) : newId));
    checklist.remove.mutateAsync(item.id).then(() => {
      toast.success(t('timeline.drawer.checklistRemoved', { title: item.title }));
      refocus();
    }, fail);
  };

  return (
    <Section
      title={t('timeline.drawer.checklist')}
      testId="task-checklist"
      action={items.length > 0 ? <span className="text-[12px] text-muted-foreground tabular-nums">{done}/{items.length}</span> : null}
    >
      {items.length === 0 ? <p className="text-[13px] text-muted-foreground">{t('timeline.drawer.checklistEmpty')}</p> : null}
      {items.length > 0 && !canWrite ? (
        <ul className="flex flex-col gap-1.5">
          {items.map((item) => (
            <li key={item.id} className="flex items-start gap-2 text-[13px]">
              {item.done ? <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-success" aria-hidden /> : <Circle className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />}
              <span className={cn(item.done && 'text-muted-foreground line-through')}>
                <span className="sr-only">{item.done ? t('taskStatuses.done') : t('taskStatuses.todo')}: </span>
                {item.title}
              </span>
              {item.done && item.doneBy ? <span className="ml-auto shrink-0 text-[12px] text-muted-foreground">{t('timeline.drawer.checklistDoneBy', { name: item.doneBy })}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {items.length > 0 && canWrite ? (
        <ol className="-mx-1 flex flex-col" aria-label={t('timeline.drawer.checklist')}>
          {items.map((item, index) => (
            <EditableItem
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              busy={
                (checklist.update.isPending && checklist.update.variables?.itemId === item.id) ||
                (checklist.remove.isPending && checklist.remove.variables === item.id)
              }
              onToggle={(value, revert) => checklist.update.mutateAsync({ itemId: item.id, body: { done: value } }).catch(failThen(revert))}
              onRename={(title, after) => checklist.update.mutateAsync({ itemId: item.id, body: { title } }).catch(failThen(after))}
              onMove={(position) => move(item, position)}
              onRemove={() => remove(item, index)}
            />
          ))}
        </ol>
      ) : null}
      {canWrite ? (
        <div className="mt-2.5 flex flex-col gap-1.5">
          <div className="flex items-center gap-2">
            <label htmlFor={newId} className="sr-only">
              {t('timeline.drawer.checklistNew')}
            </label>
            <Input
              id={newId}
              value={draft}
              maxLength={200}
              disabled={full}
              placeholder={t('timeline.drawer.checklistNewPlaceholder')}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                  e.preventDefault();
                  add();
                }
              }}
              data-testid="checklist-new"
            />
            <Button size="sm" variant="secondary" onClick={add} disabled={!draft.trim() || full} loading={checklist.add.isPending} data-testid="checklist-add">
              {checklist.add.isPending ? null : <Plus aria-hidden />}
              {t('timeline.drawer.checklistAdd')}
            </Button>
          </div>
          <p className="text-[12px] text-muted-foreground">{full ? t('timeline.drawer.checklistFull', { max: CHECKLIST_MAX_ITEMS }) : t('timeline.drawer.checklistKeys')}</p>
        </div>
      ) : null}
      {task.vendorId && items.length > 0 ? <p className="mt-2 text-[12px] text-muted-foreground">{t('timeline.drawer.checklistHint')}</p> : null}
    </Section>
  );
}

type ItemProps = {
  item: ChecklistItem;
  index: number;
  count: number;
  busy: boolean;
  /** `revert` runs when the tick fails, to show the saved state again. */
  onToggle: (done: boolean, revert: () => void) => void;
  /** `after` runs when the rename fails, to show the saved title again. */
  onRename: (title: string, after: () => void) => void;
  onMove: (position: number) => void;
  onRemove: () => void;
};

function EditableItem({ item, index, count, busy, onToggle, onRename, onMove, onRemove }: ItemProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(item.title);
  // The saved item as last rendered, for answers that arrive after later renders.
  const saved = useRef(item);
  saved.current = item;
  // The box follows the click at once, and the saved state when it changes.
  const [done, setDone] = useState(item.done);
  useEffect(() => setDone(item.done), [item.done]);
  // The title last sent, so Enter and then leaving the field save once.
  const sent = useRef(item.title);
  // The saved title the field last followed.
  const followed = useRef(item.title);
  // Follow a rename (made elsewhere, or this one saved) unless something else has been typed since.
  useEffect(() => {
    const previous = followed.current;
    followed.current = item.title;
    if (title === previous || title.trim() === item.title) {
      setTitle(item.title);
      sent.current = item.title;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the saved title changes
  }, [item.title]);

  const commit = () => {
    const next = title.trim();
    if (!next) return setTitle(item.title);
    if (next === sent.current) return;
    sent.current = next;
    // Refused: the saved title comes back, unless the field has been edited again meanwhile.
    onRename(next, () => {
      sent.current = saved.current.title;
      setTitle((typed) => (typed.trim() === next ? saved.current.title : typed));
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && title !== item.title) {
      // Undo the typing; a second Escape closes the drawer as usual.
      e.preventDefault();
      e.stopPropagation();
      setTitle(item.title);
    } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      onMove(index + (e.key === 'ArrowUp' ? -1 : 1));
    }
  };

  return (
    <li className="group flex items-center gap-1.5 rounded-md px-1 py-0.5 hover:bg-muted/50" data-testid="checklist-item">
      <input
        type="checkbox"
        className="size-4 shrink-0 cursor-pointer rounded accent-[var(--primary)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        checked={done}
        aria-label={t('timeline.drawer.checklistToggle', { title: item.title })}
        onChange={(e) => {
          const value = e.target.checked;
          setDone(value);
          onToggle(value, () => setDone(saved.current.done));
        }}
      />
      {/* A plain input: quiet until hovered or focused, so the list reads as a list (cn does not merge conflicting classes). */}
      <input
        id={inputId(item.id)}
        value={title}
        maxLength={200}
        aria-label={t('timeline.drawer.checklistItem', { n: index + 1, count })}
        className={cn(
          'h-7 min-w-0 flex-1 rounded-md border border-transparent bg-transparent px-2 text-[13px] transition-colors',
          'hover:border-input focus-visible:border-ring focus-visible:outline-2 focus-visible:-outline-offset-1 focus-visible:outline-ring/40',
          done ? 'text-muted-foreground line-through' : 'text-foreground',
        )}
        onChange={(e) => setTitle(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {item.done && item.doneBy ? (
        <span className="hidden max-w-32 shrink-0 truncate text-[12px] text-muted-foreground sm:inline">{t('timeline.drawer.checklistDoneBy', { name: item.doneBy })}</span>
      ) : null}
      <Button variant="ghost" size="icon-sm" className="size-6" disabled={index === 0} aria-label={t('timeline.drawer.checklistMoveUp', { title: item.title })} onClick={() => onMove(index - 1)}>
        <ArrowUp aria-hidden />
      </Button>
      <Button
        variant="ghost"
        size="icon-sm"
        className="size-6"
        disabled={index === count - 1}
        aria-label={t('timeline.drawer.checklistMoveDown', { title: item.title })}
        onClick={() => onMove(index + 1)}
      >
        <ArrowDown aria-hidden />
      </Button>
      <Button variant="ghost" size="icon-sm" className="size-6" disabled={busy} aria-label={t('timeline.drawer.checklistRemove', { title: item.title })} onClick={onRemove}>
        <X aria-hidden />
      </Button>
    </li>
  );
}
