import type { SessionDetail } from '@chairside/contract';
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useRef } from 'react';
import { sessionKey, sessionsKey, useSession } from '../chairside-api';
import { isFeedEvent, patchSession } from './feed-patch';
import { useEventStream, type StreamStatus } from './useEventStream';

const feedTypes = ['session', 'journal', 'reading', 'alert', 'alert-resolved'] as const;
const REFRESH_AFTER_MS = 1_000;

/** One session's detail, kept current by its event stream; readiness checks refresh with it. */
export function useLiveSession(id: string): { detail: UseQueryResult<SessionDetail>; status: StreamStatus } {
  const detail = useSession(id);
  const queryClient = useQueryClient();
  const refreshTimer = useRef<number | undefined>(undefined);
  const scheduleRefresh = (delayMs: number): void => {
    refreshTimer.current ??= window.setTimeout(() => {
      refreshTimer.current = undefined;
      void queryClient.invalidateQueries({ queryKey: sessionKey(id) });
      void queryClient.invalidateQueries({ queryKey: [...sessionsKey, 'readiness', id] });
    }, delayMs);
  };
  const { status } = useEventStream({
    url: detail.data === undefined ? null : `/api/sessions/${encodeURIComponent(id)}/events`,
    startAfter: detail.data?.seq ?? null,
    types: feedTypes,
    onMessage: ({ data }) => {
      if (!isFeedEvent(data)) {
        return;
      }
      queryClient.setQueryData<SessionDetail>(sessionKey(id), (current) =>
        current === undefined ? current : patchSession(current, data),
      );
      scheduleRefresh(REFRESH_AFTER_MS);
    },
    onReconnected: () => {
      scheduleRefresh(0);
    },
    onGaveUp: () => {
      scheduleRefresh(0);
    },
  });
  return { detail, status };
}
