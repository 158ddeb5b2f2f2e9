import type { OrganizationsResources } from './organizations.en';

export const organizationsId: OrganizationsResources = {
  organizations: {
    create: {
      title: 'Organisasi baru',
      description: 'Anda akan menjadi pemiliknya. Tim Anda bisa diundang setelahnya.',
      name: 'Nama organisasi',
      submit: 'Buat organisasi',
      created: 'Organisasi “{{name}}” dibuat',
    },
    welcome: {
      title: 'Anda belum tergabung dalam organisasi',
      body: 'Buat organisasi untuk tim Anda, atau buka tautan undangan yang Anda terima.',
    },
  },
  settings: {
    title: 'Pengaturan organisasi',
    subtitle: 'Nilai bawaan untuk acara baru dan untuk semua orang di organisasi ini.',
    name: 'Nama organisasi',
    defaultCurrency: 'Mata uang bawaan',
    defaultCurrencyHint: 'Acara baru memakai mata uang ini.',
    locale: 'Bahasa',
    localeHint: 'Bahasa bawaan untuk dokumen dan anggota baru.',
    timeZone: 'Zona waktu',
    timeZoneHint: 'Dipakai untuk acara baru dan log audit.',
    submit: 'Simpan pengaturan',
    saved: 'Pengaturan disimpan',
    readOnly: 'Hanya pemilik dan admin yang dapat mengubah pengaturan ini.',
    conflictTitle: 'Orang lain telah mengubah pengaturan ini',
    conflictBody: 'Muat ulang untuk melihat perubahannya. Isian Anda di formulir ini akan diganti.',
    loadError: 'Gagal memuat pengaturan.',
  },
};
