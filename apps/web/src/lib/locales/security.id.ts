import type { SecurityResources } from './security.en';

export const securityId: SecurityResources = {
  security: {
    password: {
      title: 'Kata sandi',
      body: 'Mengubahnya akan mengeluarkan Anda dari semua perangkat lain.',
      current: 'Kata sandi saat ini',
      new: 'Kata sandi baru',
      hint: 'Minimal 8 karakter. Hindari kata sandi yang umum.',
      submit: 'Ubah kata sandi',
      changed: 'Kata sandi diubah. Sesi Anda yang lain telah berakhir.',
    },
    sessions: {
      title: 'Tempat Anda masuk',
      body: 'Keluarkan peramban yang tidak lagi Anda pakai, atau semuanya kecuali yang ini.',
      current: 'Peramban ini',
      unknownDevice: 'Peramban tidak dikenal',
      started: 'Masuk {{when}}',
      lastSeen: 'Terakhir aktif {{when}}',
      signOut: 'Keluarkan',
      signOutLabel: 'Keluarkan {{device}}',
      signedOut: 'Sesi diakhiri',
      loadError: 'Daftar sesi tidak dapat dimuat',
      columns: { device: 'Peramban', ip: 'Alamat IP', started: 'Masuk', lastSeen: 'Terakhir aktif' },
    },
    forgot: {
      link: 'Lupa kata sandi?',
      title: 'Atur ulang kata sandi',
      subtitle: 'Kami akan mengirim tautan ke email Anda untuk memilih kata sandi baru.',
      email: 'Email',
      submit: 'Kirim tautan',
      submitting: 'Mengirim…',
      sentTitle: 'Periksa email Anda',
      sentBody: 'Jika ada akun dengan {{email}}, tautan atur ulang sedang dikirim. Tautan hanya berlaku sekali, dalam satu jam.',
      back: 'Kembali ke halaman masuk',
    },
    reset: {
      title: 'Pilih kata sandi baru',
      subtitle: 'Semua sesi akun Anda akan diakhiri.',
      password: 'Kata sandi baru',
      submit: 'Simpan kata sandi baru',
      submitting: 'Menyimpan…',
      done: 'Kata sandi Anda telah diubah. Masuk dengan kata sandi baru.',
      requestNew: 'Minta tautan baru',
    },
  },
};
