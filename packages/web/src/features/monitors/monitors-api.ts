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
import { api } from '../../api/client';

export type MonitorList = MonitorListResponse;
export type MonitorRow = MonitorSummary;
export type HeldReadings = DeviceReadingList;
export type HeldReading = DeviceReadingView;
export type MessageLog = MonitorMessageList;
export type MessageRow = MonitorMessageView;
type Binding = MonitorBinding;

const monitorsKey = ['monitors'] as const;

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
