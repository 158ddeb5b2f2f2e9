import { timelineApi } from '@rundown/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export const notificationKeys = { all: ['me', 'notifications'] as const };

export const NOTIFICATIONS_POLL_MS = 30_000;

export const listNotifications = (signal?: AbortSignal) => call(timelineApi.notifications, { query: { limit: 30 }, signal });

/** My latest notifications and the unread count; polled every 30 s and refreshed when the window regains focus. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: ({ signal }) => listNotifications(signal),
    refetchInterval: NOTIFICATIONS_POLL_MS,
    refetchOnWindowFocus: 'always',
    staleTime: 10_000,
  });
}

export const markNotificationsRead = (body: { ids: string[] } | { all: true }) => call(timelineApi.markNotificationsRead, { body });

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onMutate: async (body) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.all });
      const now = new Date().toISOString();
      queryClient.setQueryData(notificationKeys.all, (old: Awaited<ReturnType<typeof listNotifications>> | undefined) => {
        if (!old) return old;
        const ids = 'ids' in body ? new Set(body.ids) : null;
        let cleared = 0;
        const items = old.items.map((n) => {
          if (n.readAt || (ids && !ids.has(n.id))) return n;
          cleared += 1;
          return { ...n, readAt: now };
        });
        return { ...old, items, unread: ids ? Math.max(0, old.unread - cleared) : 0 };
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
