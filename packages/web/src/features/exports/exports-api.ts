import type { ExportJobView } from '@chairside/contract';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api } from '../../api/client';

const key = ['exports'] as const;

/** Recent exports; polled every second while one is running. */
export function useExports(): UseQueryResult<ExportJobView[]> {
  return useQuery({
    queryKey: key,
    queryFn: () => api.get<ExportJobView[]>('/api/exports'),
    refetchInterval: (query) =>
      query.state.data?.some((j) => j.status === 'queued' || j.status === 'running') ? 1000 : false,
  });
}

export function useStartExport(): UseMutationResult<ExportJobView, Error, undefined> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ExportJobView>('/api/exports'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const exportDownloadUrl = (id: string): string => `/api/exports/${encodeURIComponent(id)}/download`;
