/**
 * The API returns a calendar feed's id only when it is created and has no list route, so the
 * ids of feeds made on this device are remembered here (never the secret URL) to revoke them.
 */
export type StoredFeed = { id: string; createdAt: string };

const key = (userId: string) => `rundown.calendarFeeds.${userId}`;

export function readFeeds(userId: string, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): StoredFeed[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key(userId)) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((f): f is StoredFeed => typeof f?.id === 'string' && typeof f?.createdAt === 'string');
  } catch {
    return [];
  }
}

export function writeFeeds(userId: string, feeds: StoredFeed[], storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(key(userId), JSON.stringify(feeds.slice(0, 20)));
  } catch {
    // storage full or unavailable: the feed still works, it just can't be listed here
  }
}
