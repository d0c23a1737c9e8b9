import type { RecordConsentBody } from '@chairside/contract';
import type { ConsentForm } from '@chairside/domain';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api } from '../../api/client';

export interface ConsentRecord {
  readonly id: string;
  readonly route: string;
  readonly formId: string;
  readonly formVersion: number;
  readonly patientTypedName: string;
  readonly signatureMethod: string;
  readonly hasDrawnSignature: boolean;
  readonly patientSignedAt: string;
  readonly witnessedBy: string;
  readonly recordedAt: string;
  readonly withdrawal: { readonly at: string; readonly by: string; readonly reason: string } | null;
}

const listKey = (patientId: string) => ['consents', patientId] as const;

export function useConsentForm(route: string): UseQueryResult<ConsentForm> {
  return useQuery({
    queryKey: ['consent-form', route],
    queryFn: () => api.get<ConsentForm>(`/api/consent-forms/${route}`),
  });
}

export function useConsents(patientId: string): UseQueryResult<ConsentRecord[]> {
  return useQuery({
    queryKey: listKey(patientId),
    queryFn: () => api.get<ConsentRecord[]>(`/api/patients/${encodeURIComponent(patientId)}/consents`),
  });
}

export function useRecordConsent(patientId: string): UseMutationResult<ConsentRecord, Error, RecordConsentBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordConsentBody) =>
      api.post<ConsentRecord>(`/api/patients/${encodeURIComponent(patientId)}/consents`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(patientId) }),
  });
}

export function useWithdrawConsent(
  patientId: string,
): UseMutationResult<ConsentRecord, Error, { id: string; reason: string }> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }) =>
      api.post<ConsentRecord>(`/api/consents/${encodeURIComponent(id)}/withdraw`, { reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(patientId) }),
  });
}
