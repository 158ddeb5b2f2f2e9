import type { CalendarResources } from './calendar.en';

export const calendarId: CalendarResources = {
  calendar: {
    title: 'Feed kalender',
    description: 'Langganan tugas dan cue yang ditugaskan kepada Anda dari Google Calendar, Apple Calendar atau Outlook. Tautannya rahasia: siapa pun yang memilikinya dapat melihatnya.',
    create: 'Buat tautan kalender',
    created: 'Tautan kalender dibuat',
    urlLabel: 'Tautan kalender',
    shownOnce: 'Salin sekarang: tautan hanya ditampilkan sekali. Tambahkan di aplikasi kalender sebagai langganan (“Dari URL”).',
    feeds: 'Tautan kalender Anda',
    feedCreated: 'Dibuat {{date}}',
    none: 'Belum ada tautan kalender.',
    feedScopes: { user: 'Tugas dan cue Anda', event: 'Satu acara' },
    event: {
      open: 'Tautan kalender',
      title: 'Langganan acara ini',
      description: 'Semua tugas dan cue “{{name}}” di Google Calendar, Apple Calendar atau Outlook, dalam zona waktu acara. Tautannya rahasia: siapa pun yang memilikinya dapat melihat jadwal ini. Tautan berhenti bekerja bila Anda kehilangan akses ke acara.',
      create: 'Buat tautan untuk acara ini',
    },
    feedsHint: 'Alamat rahasia hanya ditampilkan sekali, saat dibuat. Cabut tautan yang tidak lagi Anda pakai.',
    loadError: 'Gagal memuat tautan kalender.',
    revokeLabel: 'Cabut tautan kalender yang dibuat {{date}}',
    revoke: 'Cabut',
    revokeTitle: 'Cabut tautan kalender ini?',
    revokeBody: 'Kalender yang berlangganan tautan ini berhenti diperbarui.',
    revoked: 'Tautan kalender dicabut',
  },
};
