import type { EvaluateScreeningBody, SignScreeningBody } from '@chairside/contract';
import type { MedicationReview, RuleFinding, ScreeningResult } from '@chairside/domain';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api } from '../../api/client';

export type { MedicationReview, RuleFinding, ScreeningResult };

export interface ScreeningRecord {
  readonly id: string;
  readonly intakeVersion: number;
  readonly protocolRef: string;
  readonly status: 'draft' | 'signed';
  readonly createdAt: string;
  readonly createdBy: string;
  readonly result: ScreeningResult;
  readonly signature: {
    readonly decision: string;
    readonly signedAt: string;
    readonly signedBy: string;
    readonly softStopNotes: readonly { readonly findingIndex: number; readonly note: string }[];
    readonly warningsAcknowledged: boolean;
    readonly note: string | null;
  } | null;
}

const listKey = (patientId: string) => ['screenings', patientId] as const;
const base = (patientId: string): string => `/api/patients/${encodeURIComponent(patientId)}/screenings`;

export function useScreenings(patientId: string): UseQueryResult<ScreeningRecord[]> {
  return useQuery({ queryKey: listKey(patientId), queryFn: () => api.get<ScreeningRecord[]>(base(patientId)) });
}

export function usePreviewScreening(
  patientId: string,
): UseMutationResult<ScreeningResult, Error, EvaluateScreeningBody> {
  return useMutation({
    mutationFn: (body: EvaluateScreeningBody) => api.post<ScreeningResult>(`${base(patientId)}/evaluate`, body),
  });
}

export function useSaveScreening(patientId: string): UseMutationResult<ScreeningRecord, Error, EvaluateScreeningBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluateScreeningBody) => api.post<ScreeningRecord>(base(patientId), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(patientId) }),
  });
}

export function useSignScreening(
  patientId: string,
  screeningId: string,
): UseMutationResult<ScreeningRecord, Error, SignScreeningBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignScreeningBody) =>
      api.post<ScreeningRecord>(`/api/screenings/${encodeURIComponent(screeningId)}/sign`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(patientId) }),
  });
}
