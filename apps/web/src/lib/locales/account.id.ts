import type { AccountResources } from './account.en';

export const accountId: AccountResources = {
  account: {
    title: 'Akun',
    subtitle: 'Profil, sesi, dan token API Anda.',
    profile: {
      title: 'Profil',
      name: 'Nama',
      email: 'Email',
      saved: 'Profil disimpan',
    },
    sessions: {
      title: 'Sesi',
      body: 'Masih masuk di perangkat yang tidak lagi Anda pakai? Akhiri semua sesi kecuali sesi ini.',
      signOutOthers: 'Keluar dari sesi lain',
      done: 'Sesi lain yang diakhiri: {{count}}',
    },
    tokens: {
      title: 'Token API pribadi',
      body: 'Token bertindak atas nama Anda di skrip dan integrasi. Jaga seperti kata sandi.',
      name: 'Nama token',
      namePlaceholder: 'mis. Skrip ekspor anggaran',
      expiresIn: 'Kedaluwarsa setelah',
      noExpiry: 'Tanpa batas waktu',
      create: 'Buat token',
      createdTitle: 'Salin token baru Anda',
      createdBody: 'Token hanya ditampilkan kali ini. Simpan di tempat yang aman.',
      tokenLabel: 'Token API baru',
      columns: {
        name: 'Nama',
        prefix: 'Token',
        created: 'Dibuat',
        lastUsed: 'Terakhir dipakai',
        expires: 'Kedaluwarsa',
      },
      empty: 'Belum ada token.',
      revoke: 'Cabut',
      revokeLabel: 'Cabut token {{name}}',
      revokeTitle: 'Cabut “{{name}}”?',
      revokeBody: 'Semua yang memakai token ini akan langsung berhenti berfungsi.',
      revoked: 'Token dicabut',
      loadError: 'Gagal memuat token.',
    },
  },
};
