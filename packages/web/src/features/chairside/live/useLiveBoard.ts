import type { BoardResponse } from '@chairside/contract';
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useRef } from 'react';
import { boardKey, useBoard } from '../chairside-api';
import { isFeedEvent, patchBoard } from './feed-patch';
import { useEventStream, type StreamStatus } from './useEventStream';

const feedTypes = ['session', 'journal', 'reading', 'alert', 'alert-resolved'] as const;
/** Dose delivered and next check due are not in the events: refetch the board at most this often. */
const REFRESH_AFTER_MS = 3_000;

/** The board snapshot, kept current by the board's event stream. */
export function useLiveBoard(): { board: UseQueryResult<BoardResponse>; status: StreamStatus } {
  const board = useBoard();
  const queryClient = useQueryClient();
  const refreshTimer = useRef<number | undefined>(undefined);
  const scheduleRefresh = (delayMs: number): void => {
    refreshTimer.current ??= window.setTimeout(() => {
      refreshTimer.current = undefined;
      void queryClient.invalidateQueries({ queryKey: boardKey });
    }, delayMs);
  };
  const { status } = useEventStream({
    url: board.data === undefined ? null : '/api/sessions/board/events',
    startAfter: board.data?.seq ?? null,
    types: feedTypes,
    onMessage: ({ data }) => {
      if (!isFeedEvent(data)) {
        return;
      }
      const current = queryClient.getQueryData<BoardResponse>(boardKey);
      if (current === undefined) {
        return;
      }
      const next = patchBoard(current, data);
      queryClient.setQueryData<BoardResponse>(boardKey, next.board);
      scheduleRefresh(next.needsRefetch ? 0 : REFRESH_AFTER_MS);
    },
    onReconnected: () => {
      scheduleRefresh(0);
    },
    onGaveUp: () => {
      scheduleRefresh(0);
    },
  });
  return { board, status };
}
