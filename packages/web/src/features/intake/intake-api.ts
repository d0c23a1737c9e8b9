import type { IntakeBody } from '@chairside/contract';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api } from '../../api/client';

export interface IntakeVersionSummary {
  readonly id: string;
  readonly version: number;
  readonly at: string;
  readonly by: string;
  readonly byRole: string;
  readonly unrecognisedMedications: readonly string[];
}

export interface IntakeVersionDetail extends IntakeVersionSummary {
  readonly data: IntakeBody;
  readonly derived: {
    readonly weightKg: number;
    readonly weightLb: number;
    readonly heightCm: number | null;
    readonly ageYears: number;
  };
}

export const intakeKeys = {
  list: (patientId: string) => ['intakes', patientId] as const,
  one: (patientId: string, version: number) => ['intakes', patientId, version] as const,
};

const base = (patientId: string): string => `/api/patients/${encodeURIComponent(patientId)}/intakes`;

export function useIntakeVersions(patientId: string): UseQueryResult<IntakeVersionSummary[]> {
  return useQuery({
    queryKey: intakeKeys.list(patientId),
    queryFn: () => api.get<IntakeVersionSummary[]>(base(patientId)),
  });
}

export function useIntakeVersion(patientId: string, version: number | null): UseQueryResult<IntakeVersionDetail> {
  return useQuery({
    queryKey: intakeKeys.one(patientId, version ?? 0),
    queryFn: () => api.get<IntakeVersionDetail>(`${base(patientId)}/${String(version)}`),
    enabled: version !== null,
  });
}

export function useCreateIntake(patientId: string): UseMutationResult<IntakeVersionDetail, Error, IntakeBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IntakeBody) => api.post<IntakeVersionDetail>(base(patientId), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: intakeKeys.list(patientId) }),
  });
}
