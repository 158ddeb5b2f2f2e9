import type { DeepStrings } from './types';

/** English: the vendor portal. `portal.id.ts` fills the same shape (typed, and checked by i18n.spec.ts). */
export const portalEn = {
  portal: {
    title: 'My tasks',
    subtitle: 'Tasks assigned to your company, from every organization that hired it.',
    loadError: 'Could not load your tasks.',
    empty: { title: 'No tasks assigned yet', body: 'When an organization assigns a task to your company, it appears here.' },
    emptyFiltered: 'No tasks with this status.',
    all: 'All',
    filterLabel: 'Filter by status',
    from: '{{organization}} · {{event}}',
    forVendor: 'for {{vendor}}',
    when: 'When',
    where: 'Where',
    status: 'Status',
    statusOf: 'Status of {{title}}',
    statusSaved: '“{{title}}” set to {{status}}',
    conflict: 'This task changed after you loaded it. It has been reloaded — please choose the status again.',
    checklist: 'Checklist',
    checklistProgress: '{{done}} of {{total}} done',
    files: 'Files',
    noFiles: 'No files yet.',
    upload: 'Upload a file',
    uploadKind: 'Kind of file',
    kinds: { deliverable: 'Deliverable', invoice: 'Invoice', other: 'Other' },
    uploading: 'Uploading “{{name}}”…',
    uploaded: '“{{name}}” uploaded',
    tooLarge: '“{{name}}” is larger than 10 MB.',
    download: 'Download {{name}}',
    uploadedBy: 'by {{name}} · {{size}} · {{date}}',
    comments: 'Comments',
    showComments: 'Comments',
    hideComments: 'Hide comments',
    loadMore: 'Load more tasks',
    openOthers: 'My tasks',
  },
} as const;

export type PortalResources = DeepStrings<typeof portalEn>;
