import type { AuditResources } from './audit.en';

export const auditId: AuditResources = {
  audit: {
    title: 'Log audit',
    subtitle: 'Siapa mengubah apa, dan kapan. Terbaru di atas.',
    columns: {
      time: 'Waktu',
      actor: 'Oleh',
      action: 'Tindakan',
      entityType: 'Entitas',
      entityId: 'ID entitas',
    },
    filters: {
      entityType: 'Jenis entitas',
      entityTypePlaceholder: 'mis. event',
      action: 'Tindakan',
      allActions: 'Semua tindakan',
    },
    empty: 'Tidak ada catatan audit yang cocok.',
    loadError: 'Gagal memuat log audit.',
    expand: 'Tampilkan perubahan',
    collapse: 'Sembunyikan perubahan',
    field: 'Kolom',
    before: 'Sebelum',
    after: 'Sesudah',
    noChanges: 'Tidak ada perubahan per kolom yang tercatat.',
  },
  auditActions: {
    create: 'Dibuat',
    update: 'Diubah',
    delete: 'Dihapus',
  },
};
