import type { ClinicDashboardView } from '@chairside/contract';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { api } from '../../api/client';

export function useClinicDashboard(period: { from: string; to: string }): UseQueryResult<ClinicDashboardView> {
  return useQuery({
    queryKey: ['dashboard', period.from, period.to],
    queryFn: () =>
      api.get<ClinicDashboardView>(
        `/api/dashboard?from=${encodeURIComponent(period.from)}&to=${encodeURIComponent(period.to)}`,
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** A local calendar date (YYYY-MM-DD) `daysBack` days before today. */
export function localDate(daysBack = 0, today = new Date()): string {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - daysBack);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
