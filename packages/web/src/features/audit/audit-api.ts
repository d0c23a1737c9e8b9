import type { AuditPage, ChainVerification } from '@chairside/contract';
import {
  useInfiniteQuery,
  useMutation,
  type InfiniteData,
  type UseInfiniteQueryResult,
  type UseMutationResult,
} from '@tanstack/react-query';
import { api, queryString } from '../../api/client';

/** The filters as typed; dates are calendar days in the viewer's time zone. */
export interface AuditFilterValues {
  readonly fromDate: string;
  readonly toDate: string;
  readonly actor: string;
  readonly action: string;
  readonly recordType: string;
  readonly patientId: string;
}

export const emptyAuditFilters: AuditFilterValues = {
  fromDate: '',
  toDate: '',
  actor: '',
  action: '',
  recordType: '',
  patientId: '',
};

const pageSize = 50;

/** A local calendar day → the instant it starts (or, for `to`, the instant the next day starts). */
function dayStartIso(day: string, plusDays = 0): string | undefined {
  if (day === '') {
    return undefined;
  }
  const [y, m, d] = day.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) {
    return undefined;
  }
  return new Date(y, m - 1, d + plusDays).toISOString();
}

export function auditQueryParams(filters: AuditFilterValues): Record<string, string | undefined> {
  return {
    from: dayStartIso(filters.fromDate),
    // "To" is inclusive of the whole day the user picked.
    to: dayStartIso(filters.toDate, 1),
    actor: filters.actor,
    action: filters.action,
    recordType: filters.recordType,
    patientId: filters.patientId,
  };
}

export function auditExportUrl(filters: AuditFilterValues): string {
  return `/api/audit/export.csv${queryString(auditQueryParams(filters))}`;
}

export function useAuditEvents(filters: AuditFilterValues): UseInfiniteQueryResult<InfiniteData<AuditPage>> {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>(
        `/api/audit${queryString({ ...auditQueryParams(filters), limit: pageSize, beforeSeq: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
    // The log grows with every read (including this one), so always fetch fresh.
    staleTime: 0,
  });
}

export type VerifyChain = UseMutationResult<ChainVerification, Error, void>;

export function useVerifyChain(): VerifyChain {
  return useMutation({ mutationFn: () => api.post<ChainVerification>('/api/audit/verify') });
}
