import type {
  BoardResponse,
  CreateSessionBody,
  DischargeBody,
  DischargeReadinessView,
  FormularyItem,
  FormularyItemBody,
  FormularyResponse,
  PatientSessionsResponse,
  PreChecksBody,
  RecordAdverseEventBody,
  RecordDeviceBody,
  RecordMedicationBody,
  RecordObservationBody,
  RecordRecoveryCheckBody,
  RecordSedationCheckBody,
  RecordTitrationBody,
  RecordVitalsBody,
  RemsFormView,
  ResolveAlertBody,
  SessionDetail,
  StartReadinessView,
  TransitionBody,
  UpdateFormularyItemBody,
} from '@chairside/contract';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api } from '../../api/client';

export const sessionsKey = ['sessions'] as const;
export const boardKey = [...sessionsKey, 'board'] as const;
export const sessionKey = (id: string) => [...sessionsKey, 'detail', id] as const;
const readinessKey = (id: string) => [...sessionsKey, 'readiness', id] as const;
const formularyKey = ['session-formulary'] as const;

const path = (id: string, tail = ''): string => `/api/sessions/${encodeURIComponent(id)}${tail}`;

export function useBoard(): UseQueryResult<BoardResponse> {
  return useQuery({ queryKey: boardKey, queryFn: () => api.get<BoardResponse>('/api/sessions/board') });
}

/** The patient's sessions, newest first (under the sessions key, so session changes refresh it). */
export function usePatientSessions(patientId: string): UseQueryResult<PatientSessionsResponse> {
  return useQuery({
    queryKey: [...sessionsKey, 'patient', patientId],
    queryFn: () => api.get<PatientSessionsResponse>(`/api/patients/${encodeURIComponent(patientId)}/sessions`),
  });
}

export function useSession(id: string): UseQueryResult<SessionDetail> {
  return useQuery({ queryKey: sessionKey(id), queryFn: () => api.get<SessionDetail>(path(id)) });
}

export function useStartReadiness(id: string, enabled: boolean): UseQueryResult<StartReadinessView> {
  return useQuery({
    queryKey: [...readinessKey(id), 'start'],
    queryFn: () => api.get<StartReadinessView>(path(id, '/start-readiness')),
    enabled,
  });
}

export function useDischargeReadiness(id: string, enabled: boolean): UseQueryResult<DischargeReadinessView> {
  return useQuery({
    queryKey: [...readinessKey(id), 'discharge'],
    queryFn: () => api.get<DischargeReadinessView>(path(id, '/discharge-readiness')),
    enabled,
  });
}

export function useRemsForm(id: string, enabled: boolean): UseQueryResult<RemsFormView> {
  return useQuery({
    queryKey: [...sessionsKey, 'rems', id],
    queryFn: () => api.get<RemsFormView>(path(id, '/rems-form')),
    enabled,
  });
}

export function useFormulary(): UseQueryResult<FormularyResponse> {
  return useQuery({ queryKey: formularyKey, queryFn: () => api.get<FormularyResponse>('/api/session-formulary') });
}

export function useCreateSession(): UseMutationResult<SessionDetail, Error, CreateSessionBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSessionBody) => api.post<SessionDetail>('/api/sessions', body),
    onSuccess: (detail) => {
      queryClient.setQueryData(sessionKey(detail.session.id), detail);
      return queryClient.invalidateQueries({ queryKey: boardKey });
    },
  });
}

type Write<B> = UseMutationResult<SessionDetail, Error, B>;

/** A write to one session: every one answers the session's new detail, which replaces the cached one. */
function useSessionWrite<B>(id: string, tail: string): UseMutationResult<SessionDetail, Error, B> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api.post<SessionDetail>(path(id, tail), body),
    onSuccess: (detail) => {
      queryClient.setQueryData(sessionKey(id), detail);
      return queryClient.invalidateQueries({ queryKey: readinessKey(id) });
    },
  });
}

export const useTransition = (id: string): Write<TransitionBody> => useSessionWrite<TransitionBody>(id, '/transitions');
export const useSavePreChecks = (id: string): Write<PreChecksBody> => useSessionWrite<PreChecksBody>(id, '/pre-checks');
export const useRecordVitals = (id: string): Write<RecordVitalsBody> =>
  useSessionWrite<RecordVitalsBody>(id, '/vitals');
export const useRecordSedation = (id: string): Write<RecordSedationCheckBody> =>
  useSessionWrite<RecordSedationCheckBody>(id, '/sedation-checks');
export const useRecordTitration = (id: string): Write<RecordTitrationBody> =>
  useSessionWrite<RecordTitrationBody>(id, '/titrations');
export const useRecordObservation = (id: string): Write<RecordObservationBody> =>
  useSessionWrite<RecordObservationBody>(id, '/observations');
export const useRecordAdverseEvent = (id: string): Write<RecordAdverseEventBody> =>
  useSessionWrite<RecordAdverseEventBody>(id, '/adverse-events');
export const useRecordMedication = (id: string): Write<RecordMedicationBody> =>
  useSessionWrite<RecordMedicationBody>(id, '/medications');
export const useRecordDevice = (id: string): Write<RecordDeviceBody> =>
  useSessionWrite<RecordDeviceBody>(id, '/esketamine-devices');
export const useRecordRecovery = (id: string): Write<RecordRecoveryCheckBody> =>
  useSessionWrite<RecordRecoveryCheckBody>(id, '/recovery-checks');
export const useDischarge = (id: string): Write<DischargeBody> => useSessionWrite<DischargeBody>(id, '/discharge');

export function useResolveAlert(
  id: string,
): UseMutationResult<SessionDetail, Error, ResolveAlertBody & { alertId: string }> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ alertId, ...body }: ResolveAlertBody & { alertId: string }) =>
      api.post<SessionDetail>(path(id, `/alerts/${encodeURIComponent(alertId)}/resolution`), body),
    onSuccess: (detail) => {
      queryClient.setQueryData(sessionKey(id), detail);
      return queryClient.invalidateQueries({ queryKey: readinessKey(id) });
    },
  });
}

export function dischargeInstructionsUrl(id: string): string {
  return path(id, '/discharge-instructions.pdf');
}

/** The session summary PDF (the discharge summary once discharged; REMS form data for esketamine). */
export function sessionSummaryUrl(id: string): string {
  return path(id, '/summary.pdf');
}

export function useSaveFormularyItem(): UseMutationResult<
  FormularyItem,
  Error,
  { id: null; body: FormularyItemBody } | { id: string; body: UpdateFormularyItemBody }
> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input) =>
      input.id === null
        ? api.post<FormularyItem>('/api/session-formulary', input.body)
        : api.put<FormularyItem>(`/api/session-formulary/${encodeURIComponent(input.id)}`, input.body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formularyKey }),
  });
}
