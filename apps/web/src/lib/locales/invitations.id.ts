import type { InvitationsResources } from './invitations.en';

export const invitationsId: InvitationsResources = {
  invite: {
    title: 'Anda diundang',
    body: '{{invitedBy}} mengundang {{email}} untuk bergabung dengan {{organization}} sebagai {{role}}.',
    expires: 'Undangan ini berlaku sampai {{date}}.',
    accept: 'Terima undangan',
    accepting: 'Bergabung…',
    signedInAs: 'Anda masuk sebagai {{email}}.',
    emailMismatch: 'Undangan ini dikirim ke {{email}}. Keluar, lalu masuk atau daftar dengan email tersebut untuk menerimanya.',
    loginTitle: 'Masuk untuk menerima',
    loginBody: 'Akun untuk {{email}} sudah ada. Masuk, dan Anda langsung bergabung.',
    loginSubmit: 'Masuk dan bergabung',
    registerTitle: 'Buat akun Anda',
    registerBody: 'Isi nama Anda dan kata sandi untuk {{email}}.',
    registerSubmit: 'Buat akun dan bergabung',
    invalidTitle: 'Tautan undangan ini tidak berfungsi',
    invalidBody: 'Mungkin sudah kedaluwarsa, dibatalkan, atau sudah dipakai. Minta undangan baru.',
    accepted: 'Selamat datang di {{organization}}',
  },
};
