import type { DoseInputs, DosePlanListResponse, DosePlanResponse, RecordDosePlanBody } from '@chairside/contract';
import type { DoseResult } from '@chairside/domain';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api } from '../../api/client';

/** A plan as the server sends it, with the result typed as the domain's DoseResult. */
export type DosePlan = Omit<DosePlanResponse, 'result'> & { readonly result: DoseResult };

export const dosePlanKeys = { patient: (id: string) => ['dose-plans', id] as const };

export function useCalculateDose(): UseMutationResult<DoseResult, Error, DoseInputs> {
  return useMutation({ mutationFn: (inputs: DoseInputs) => api.post<DoseResult>('/api/dosing/calculate', inputs) });
}

export function useDosePlans(
  patientId: string,
): UseQueryResult<{ items: DosePlan[]; current: DosePlanListResponse['current'] }> {
  return useQuery({
    queryKey: dosePlanKeys.patient(patientId),
    queryFn: () =>
      api.get<{ items: DosePlan[]; current: DosePlanListResponse['current'] }>(
        `/api/patients/${encodeURIComponent(patientId)}/dose-plans`,
      ),
  });
}

export function useRecordDosePlan(patientId: string): UseMutationResult<DosePlan, Error, RecordDosePlanBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordDosePlanBody) =>
      api.post<DosePlan>(`/api/patients/${encodeURIComponent(patientId)}/dose-plans`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: dosePlanKeys.patient(patientId) }),
  });
}

export function useCosignDosePlan(
  patientId: string,
): UseMutationResult<DosePlan, Error, { id: string; reason: string }> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post<DosePlan>(`/api/dose-plans/${encodeURIComponent(id)}/cosign`, { reason }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: dosePlanKeys.patient(patientId) }),
  });
}
