import type { TaskView } from '@chairside/contract';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api } from '../../api/client';

export function useTasks(status: 'open' | 'done'): UseQueryResult<TaskView[]> {
  return useQuery({
    queryKey: ['tasks', status],
    queryFn: () => api.get<TaskView[]>(`/api/tasks?status=${status}`),
    staleTime: 0,
    // Urgent tasks must surface without a reload.
    refetchInterval: 30_000,
  });
}

export function useCompleteTask(): UseMutationResult<unknown, Error, { id: string; note: string }> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }) => api.post(`/api/tasks/${encodeURIComponent(id)}/complete`, { note }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tasks'] }),
  });
}
