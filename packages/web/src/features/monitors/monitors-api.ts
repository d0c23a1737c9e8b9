import type {
  BindMonitorBody,
  DeviceReadingList,
  DeviceReadingView,
  MonitorBinding,
  MonitorListResponse,
  MonitorMessageList,
  MonitorMessageView,
  MonitorSummary,
} from '@chairside/contract';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';

export type MonitorList = MonitorListResponse;
export type MonitorRow = MonitorSummary;
export type HeldReadings = DeviceReadingList;
export type HeldReading = DeviceReadingView;
export type MessageLog = MonitorMessageList;
export type MessageRow = MonitorMessageView;
type Binding = MonitorBinding;

const monitorsKey = ['monitors'] as const;
const refreshEveryMs = 10_000;

/**
 * Refreshes every 10 s only while someone has used the page in the last 2 minutes: every
 * request restarts the server's idle timer, so polling an unattended screen forever would
 * keep a clinical session open (the idle sign-out exists for exactly that screen).
 */
export function useAutoRefresh(idleAfterMs = 120_000): number | false {
  const [lastUseAt, setLastUseAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const onUse = (): void => {
      setLastUseAt(Date.now());
    };
    const timer = window.setInterval(() => {
      setNow(Date.now());
    }, refreshEveryMs);
    window.addEventListener('pointerdown', onUse);
    window.addEventListener('keydown', onUse);
    window.addEventListener('pointermove', onUse);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pointerdown', onUse);
      window.removeEventListener('keydown', onUse);
      window.removeEventListener('pointermove', onUse);
    };
  }, []);
  return now - lastUseAt < idleAfterMs ? refreshEveryMs : false;
}

export function useMonitors(refetchInterval: number | false): UseQueryResult<MonitorList> {
  return useQuery({
    queryKey: [...monitorsKey, 'list'],
    queryFn: () => api.get<MonitorList>('/api/monitors'),
    refetchInterval,
  });
}

export function useHeldReadings(refetchInterval: number | false): UseQueryResult<HeldReadings> {
  return useQuery({
    queryKey: [...monitorsKey, 'held'],
    queryFn: () => api.get<HeldReadings>('/api/monitors/held-readings?limit=100'),
    refetchInterval,
  });
}

export function useMessageLog(refetchInterval: number | false): UseQueryResult<MessageLog> {
  return useQuery({
    queryKey: [...monitorsKey, 'messages'],
    queryFn: () => api.get<MessageLog>('/api/monitors/messages?limit=50'),
    refetchInterval,
  });
}

function useInvalidateMonitors(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: monitorsKey });
}

export function useBindMonitor(): UseMutationResult<Binding, Error, BindMonitorBody> {
  const invalidate = useInvalidateMonitors();
  return useMutation({
    mutationFn: (body: BindMonitorBody) => api.post<Binding>('/api/monitors/bindings', body),
    onSuccess: invalidate,
  });
}

export function useUnbindMonitor(): UseMutationResult<Binding, Error, string> {
  const invalidate = useInvalidateMonitors();
  return useMutation({
    mutationFn: (bindingId: string) => api.post<Binding>(`/api/monitors/bindings/${encodeURIComponent(bindingId)}/end`),
    onSuccess: invalidate,
  });
}
