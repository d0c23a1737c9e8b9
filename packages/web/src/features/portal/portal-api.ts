import type {
  GoalView,
  PortalAssignmentView,
  PortalScoreView,
  PortalSubmitBody,
  PortalSubmitResult,
  PortalVisitsView,
  RedeemInvitationBody,
} from '@chairside/contract';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api, apiRequest } from '../../api/client';

export function useMyQuestionnaires(): UseQueryResult<PortalAssignmentView[]> {
  return useQuery({
    queryKey: ['portal', 'questionnaires'],
    queryFn: () => api.get<PortalAssignmentView[]>('/api/portal/questionnaires'),
  });
}

export function useMyScores(): UseQueryResult<PortalScoreView[]> {
  return useQuery({ queryKey: ['portal', 'scores'], queryFn: () => api.get<PortalScoreView[]>('/api/portal/scores') });
}

export function useSubmitQuestionnaire(
  assignmentId: string,
): UseMutationResult<PortalSubmitResult, Error, PortalSubmitBody> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body) =>
      api.post<PortalSubmitResult>(`/api/portal/questionnaires/${encodeURIComponent(assignmentId)}/responses`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['portal'] }),
  });
}

export function redeemInvitation(body: RedeemInvitationBody): Promise<{ username: string }> {
  return apiRequest<{ username: string }>('POST', '/api/portal/redeem', { body, expectUnauthenticated: true });
}

export function useMyVisits(): UseQueryResult<PortalVisitsView> {
  return useQuery({
    queryKey: ['portal', 'appointments'],
    queryFn: () => api.get<PortalVisitsView>('/api/portal/appointments'),
  });
}

export function useMyGoals(): UseQueryResult<GoalView[]> {
  return useQuery({ queryKey: ['portal', 'goals'], queryFn: () => api.get<GoalView[]>('/api/portal/goals') });
}

export function useRateMyGoal(): UseMutationResult<unknown, Error, { goalId: string; rating: number }> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ goalId, rating }) =>
      api.post(`/api/portal/goals/${encodeURIComponent(goalId)}/ratings`, { rating, note: null }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['portal', 'goals'] }),
  });
}
