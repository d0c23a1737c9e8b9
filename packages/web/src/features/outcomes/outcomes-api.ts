import type {
  AssignmentView,
  AssignQuestionnaireBody,
  EnterResponseBody,
  InvitationView,
  PatientOutcomesView,
  QuestionnaireResponseView,
  RecordedResponseView,
  ScaleView,
} from '@chairside/contract';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api } from '../../api/client';

export const outcomeKeys = {
  outcomes: (id: string) => ['outcomes', id] as const,
  responses: (id: string) => ['questionnaire-responses', id] as const,
  assignments: (id: string) => ['questionnaire-assignments', id] as const,
  scales: ['scales'] as const,
};

const base = (patientId: string): string => `/api/patients/${encodeURIComponent(patientId)}`;

export function useOutcomes(patientId: string): UseQueryResult<PatientOutcomesView> {
  return useQuery({
    queryKey: outcomeKeys.outcomes(patientId),
    queryFn: () => api.get<PatientOutcomesView>(`${base(patientId)}/outcomes`),
    staleTime: 0,
  });
}

export function useResponses(patientId: string): UseQueryResult<QuestionnaireResponseView[]> {
  return useQuery({
    queryKey: outcomeKeys.responses(patientId),
    queryFn: () => api.get<QuestionnaireResponseView[]>(`${base(patientId)}/questionnaire-responses`),
  });
}

export function useAssignments(patientId: string): UseQueryResult<AssignmentView[]> {
  return useQuery({
    queryKey: outcomeKeys.assignments(patientId),
    queryFn: () => api.get<AssignmentView[]>(`${base(patientId)}/questionnaire-assignments`),
  });
}

export function useScales(): UseQueryResult<ScaleView[]> {
  return useQuery({
    queryKey: outcomeKeys.scales,
    queryFn: () => api.get<ScaleView[]>('/api/scales'),
    staleTime: Infinity,
  });
}

function useInvalidatePatient(patientId: string): () => Promise<void> {
  const client = useQueryClient();
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: outcomeKeys.outcomes(patientId) }),
      client.invalidateQueries({ queryKey: outcomeKeys.responses(patientId) }),
      client.invalidateQueries({ queryKey: outcomeKeys.assignments(patientId) }),
      client.invalidateQueries({ queryKey: ['tasks'] }),
    ]);
  };
}

export function useEnterResponse(patientId: string): UseMutationResult<RecordedResponseView, Error, EnterResponseBody> {
  const invalidate = useInvalidatePatient(patientId);
  return useMutation({
    mutationFn: (body) => api.post<RecordedResponseView>(`${base(patientId)}/questionnaire-responses`, body),
    onSuccess: invalidate,
  });
}

export function useAssignQuestionnaire(
  patientId: string,
): UseMutationResult<AssignmentView, Error, AssignQuestionnaireBody> {
  const invalidate = useInvalidatePatient(patientId);
  return useMutation({
    mutationFn: (body) => api.post<AssignmentView>(`${base(patientId)}/questionnaire-assignments`, body),
    onSuccess: invalidate,
  });
}

export function useInvitePatient(patientId: string): UseMutationResult<InvitationView, Error, void> {
  return useMutation({ mutationFn: () => api.post<InvitationView>(`${base(patientId)}/portal-invitations`) });
}
