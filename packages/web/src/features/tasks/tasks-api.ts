import type { TaskView } from '@chairside/contract';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api } from '../../api/client';

export function useTasks(status: 'open' | 'done', refetchInterval: number | false): UseQueryResult<TaskView[]> {
  return useQuery({
    queryKey: ['tasks', status],
    queryFn: () => api.get<TaskView[]>(`/api/tasks?status=${status}`),
    staleTime: 0,
    // Urgent tasks surface without a reload while the page is in use.
    refetchInterval,
  });
}

export function useCompleteTask(): UseMutationResult<unknown, Error, { id: string; note: string }> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }) => api.post(`/api/tasks/${encodeURIComponent(id)}/complete`, { note }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tasks'] }),
  });
}
