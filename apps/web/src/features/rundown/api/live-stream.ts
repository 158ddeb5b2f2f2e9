import { pathFor, rundownSchema, timelineApi, type Rundown } from '@rundown/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { storeRundown } from './get-rundown';

export type StreamState = 'connecting' | 'live' | 'reconnecting';

export const liveStreamUrl = (orgId: string, eventId: string, day: string) => pathFor(timelineApi.liveStream.path, { orgId, eventId, day });

/**
 * Keeps the day's rundown in the query cache from the Server-Sent Events stream: the full
 * rundown on connect and after every change, so nobody reloads. The browser retries a dropped
 * connection by itself; when it gives up (an HTTP error), we reconnect with backoff. The cache
 * entry's update time is when the state arrived, which the page uses against `live.serverTime`.
 */
export function useLiveRundown(orgId: string, eventId: string, day: string, enabled: boolean) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<StreamState>('connecting');

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    let closed = false;

    const connect = () => {
      source = new EventSource(liveStreamUrl(orgId, eventId, day), { withCredentials: true });
      source.addEventListener('open', () => {
        attempts = 0;
        setState('live');
      });
      source.addEventListener('rundown', (event) => {
        let parsed: Rundown;
        try {
          parsed = rundownSchema.parse(JSON.parse((event as MessageEvent<string>).data));
        } catch {
          return;
        }
        setState('live');
        storeRundown(queryClient, { orgId, eventId, day }, parsed);
      });
      source.addEventListener('error', () => {
        if (closed) return;
        setState('reconnecting');
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          attempts += 1;
          const delay = Math.min(15_000, 500 * 2 ** Math.min(attempts, 5));
          retry = setTimeout(connect, delay);
        }
      });
    };

    setState('connecting');
    connect();
    return () => {
      closed = true;
      if (retry) clearTimeout(retry);
      source?.close();
    };
  }, [orgId, eventId, day, enabled, queryClient]);

  return state;
}
