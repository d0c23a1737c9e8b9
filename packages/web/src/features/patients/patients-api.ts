import type {
  AmendPatientBody,
  PatientAmendment,
  PatientResponse,
  PatientSearchResponse,
  RegisterPatientBody,
} from '@chairside/contract';
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api, queryString } from '../../api/client';

export const patientKeys = {
  all: ['patients'] as const,
  search: (q: string) => ['patients', 'search', q] as const,
  detail: (id: string) => ['patients', 'detail', id] as const,
  amendments: (id: string) => ['patients', 'amendments', id] as const,
};

export function usePatientSearch(q: string): UseQueryResult<PatientSearchResponse> {
  return useQuery({
    queryKey: patientKeys.search(q),
    queryFn: () => api.get<PatientSearchResponse>(`/api/patients${queryString({ q, limit: 50 })}`),
    // Keep the last results on screen while the next search runs, so the table does not flicker.
    placeholderData: keepPreviousData,
  });
}

export function usePatient(id: string): UseQueryResult<PatientResponse> {
  return useQuery({
    queryKey: patientKeys.detail(id),
    queryFn: () => api.get<PatientResponse>(`/api/patients/${encodeURIComponent(id)}`),
    // Opening a chart is an audited read: always ask the server, never show only a cached copy.
    staleTime: 0,
    refetchOnMount: 'always',
  });
}

export function usePatientAmendments(id: string): UseQueryResult<PatientAmendment[]> {
  return useQuery({
    queryKey: patientKeys.amendments(id),
    queryFn: () => api.get<PatientAmendment[]>(`/api/patients/${encodeURIComponent(id)}/amendments`),
  });
}

export function useRegisterPatient(): UseMutationResult<PatientResponse, Error, RegisterPatientBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterPatientBody) => api.post<PatientResponse>('/api/patients', body),
    onSuccess: (patient) => {
      queryClient.setQueryData(patientKeys.detail(patient.id), patient);
      void queryClient.invalidateQueries({ queryKey: ['patients', 'search'] });
    },
  });
}

export function useAmendPatient(id: string): UseMutationResult<PatientResponse, Error, AmendPatientBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AmendPatientBody) => api.put<PatientResponse>(`/api/patients/${encodeURIComponent(id)}`, body),
    onSuccess: (patient) => {
      queryClient.setQueryData(patientKeys.detail(id), patient);
      void queryClient.invalidateQueries({ queryKey: patientKeys.amendments(id) });
      void queryClient.invalidateQueries({ queryKey: ['patients', 'search'] });
    },
  });
}
