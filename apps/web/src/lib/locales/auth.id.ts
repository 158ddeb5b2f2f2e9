import type { AuthResources } from './auth.en';

export const authId: AuthResources = {
  auth: {
    login: {
      title: 'Masuk ke Rundown',
      subtitle: 'Selamat datang kembali. Produksi Anda sudah menunggu.',
      email: 'Email',
      password: 'Kata sandi',
      submit: 'Masuk',
      submitting: 'Sedang masuk…',
      noAccount: 'Baru di Rundown?',
      signupLink: 'Buat akun',
    },
    signup: {
      title: 'Buat akun Rundown',
      subtitle: 'Satu tempat untuk anggaran, jadwal, kru, dan vendor.',
      name: 'Nama Anda',
      email: 'Email kerja',
      password: 'Kata sandi',
      passwordHint: 'Minimal 8 karakter. Hindari kata sandi yang umum.',
      organizationName: 'Nama organisasi',
      organizationHint: 'Rumah produksi, agensi, atau tim Anda. Bisa diganti nanti.',
      submit: 'Buat akun',
      submitting: 'Membuat akun…',
      haveAccount: 'Sudah punya akun?',
      loginLink: 'Masuk',
    },
    tagline: 'Rencanakan setiap produksi, dari anggaran pertama hingga wrap.',
    logout: 'Keluar',
    loggedOut: 'Anda sudah keluar.',
    sessionExpired: 'Sesi Anda telah berakhir. Silakan masuk lagi.',
  },
};
