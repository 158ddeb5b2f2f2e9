import type { DeepStrings } from './types';

/** English: the audit log. `audit.id.ts` fills the same shape (typed, and checked by i18n.spec.ts). */
export const auditEn = {
  audit: {
    title: 'Audit log',
    subtitle: 'Who changed what, and when. Newest first.',
    columns: {
      time: 'Time',
      actor: 'Who',
      action: 'Action',
      entityType: 'Entity',
      entityId: 'Entity ID',
    },
    filters: {
      entityType: 'Entity type',
      entityTypePlaceholder: 'e.g. event',
      action: 'Action',
      allActions: 'All actions',
    },
    empty: 'No audit entries match.',
    loadError: 'Could not load the audit log.',
    expand: 'Show changes',
    collapse: 'Hide changes',
    field: 'Field',
    before: 'Before',
    after: 'After',
    noChanges: 'No field-level changes recorded.',
  },
  auditActions: {
    create: 'Created',
    update: 'Updated',
    delete: 'Deleted',
  },
} as const;

export type AuditResources = DeepStrings<typeof auditEn>;
