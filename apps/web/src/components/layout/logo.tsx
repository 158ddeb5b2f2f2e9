export function Logo({ compact }: { compact?: boolean }) {
  return (
    <span className="inline-flex items-center gap-2 font-semibold tracking-tight">
      <svg viewBox="0 0 32 32" className="size-6" aria-hidden>
        <rect width="32" height="32" rx="7" className="fill-primary" />
        <path d="M9 8h8.5a5.5 5.5 0 0 1 1.6 10.76L23 24h-4.2l-3.4-5H13v5H9zm4 3.6v3.8h4.3a1.9 1.9 0 0 0 0-3.8z" fill="#fff" />
      </svg>
      {compact ? <span className="sr-only">Rundown</span> : <span className="text-[15px]">Rundown</span>}
    </span>
  );
}
