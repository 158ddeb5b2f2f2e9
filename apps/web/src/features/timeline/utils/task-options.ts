import { TASK_KINDS, TASK_STATUSES, taskPrioritySchema } from '@rundown/domain';
import type { TFunction } from 'i18next';

/** What a "none" choice carries in the task selects (a select option cannot be empty). */
export const NONE = '__none';

/** A select's value back to the API's nullable id. */
export const orNull = (value: string): string | null => (value === NONE ? null : value);

export const kindOptions = (t: TFunction) => TASK_KINDS.map((kind) => ({ value: kind, label: t(`taskKinds.${kind}`) }));
export const statusOptions = (t: TFunction) => TASK_STATUSES.map((status) => ({ value: status, label: t(`taskStatuses.${status}`) }));
export const priorityOptions = (t: TFunction) => taskPrioritySchema.options.map((priority) => ({ value: priority, label: t(`taskPriorities.${priority}`) }));

/** "No phase" and the event's phases, for a task's parent. */
export const parentOptions = (t: TFunction, phases: readonly { id: string; title: string }[]) => [
  { value: NONE, label: t('timeline.drawer.noParent') },
  ...phases.map((phase) => ({ value: phase.id, label: phase.title })),
];

/** "No vendor" and the organization's vendors. */
export const vendorOptions = (t: TFunction, vendors: Iterable<{ id: string; name: string }>) => [
  { value: NONE, label: t('timeline.drawer.noVendor') },
  ...[...vendors].map((vendor) => ({ value: vendor.id, label: vendor.name })),
];
