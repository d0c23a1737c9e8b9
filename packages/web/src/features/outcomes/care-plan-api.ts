import type { AddGoalBody, DoseDecisionBody, DoseResponseView, GoalView, RateGoalBody } from '@chairside/contract';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api } from '../../api/client';

const goalsKey = (patientId: string) => ['care-plan-goals', patientId] as const;

export function useGoals(patientId: string): UseQueryResult<GoalView[]> {
  return useQuery({
    queryKey: goalsKey(patientId),
    queryFn: () => api.get<GoalView[]>(`/api/patients/${encodeURIComponent(patientId)}/care-plan-goals`),
    staleTime: 0,
  });
}

export function useAddGoal(patientId: string): UseMutationResult<unknown, Error, AddGoalBody & { courseId: string }> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ courseId, ...body }) =>
      api.post(`/api/courses/${encodeURIComponent(courseId)}/care-plan-goals`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: goalsKey(patientId) }),
  });
}

export function useRateGoal(patientId: string): UseMutationResult<unknown, Error, RateGoalBody & { goalId: string }> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ goalId, ...body }) => api.post(`/api/care-plan-goals/${encodeURIComponent(goalId)}/ratings`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: goalsKey(patientId) }),
  });
}

export function useDoseResponse(courseId: string | undefined): UseQueryResult<DoseResponseView> {
  return useQuery({
    queryKey: ['dose-response', courseId],
    queryFn: () => api.get<DoseResponseView>(`/api/courses/${encodeURIComponent(courseId ?? '')}/dose-response`),
    enabled: courseId !== undefined,
    staleTime: 0,
  });
}

export function useDoseDecision(courseId: string): UseMutationResult<unknown, Error, DoseDecisionBody> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body) => api.post(`/api/courses/${encodeURIComponent(courseId)}/dose-decisions`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['dose-response', courseId] }),
  });
}
