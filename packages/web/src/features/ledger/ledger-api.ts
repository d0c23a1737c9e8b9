import type {
  AdministrationBody,
  BoardResponse,
  CountBody,
  DestructionBody,
  DiversionView,
  DrawBody,
  LedgerEventView,
  LedgerOverviewView,
  ReceiveStockBody,
  ReportDiscrepancyBody,
  ReturnBody,
  TransferBody,
  WasteBody,
  WitnessCredentialsBody,
} from '@chairside/contract';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api, queryString } from '../../api/client';

export type LedgerOverview = LedgerOverviewView;
export type LedgerContainer = LedgerOverviewView['containers'][number];
export type SessionAccount = LedgerOverviewView['sessions'][number];
export type Discrepancy = LedgerOverviewView['discrepancies'][number];
export type OpenWaste = LedgerOverviewView['openWastes'][number];
export type Witness = WitnessCredentialsBody;

const ledgerKey = ['ledger'] as const;

/** Not polled: reading the ledger names patients, so every read is audited. */
export function useLedger(): UseQueryResult<LedgerOverview> {
  return useQuery({ queryKey: [...ledgerKey, 'overview'], queryFn: () => api.get<LedgerOverview>('/api/ledger') });
}

/** Active treatment sessions, to draw for (clinicians only). */
export function useActiveSessions(): UseQueryResult<BoardResponse> {
  return useQuery({ queryKey: ['sessions', 'board'], queryFn: () => api.get<BoardResponse>('/api/sessions/board') });
}

export function useDiversion(range: { from: string; to: string } | null): UseQueryResult<DiversionView> {
  return useQuery({
    queryKey: [...ledgerKey, 'diversion', range?.from, range?.to],
    queryFn: () => api.get<DiversionView>(`/api/ledger/reports/diversion${queryString(range ?? {})}`),
    enabled: range !== null,
  });
}

function useLedgerMutation<B>(
  post: (body: B) => Promise<LedgerEventView>,
): UseMutationResult<LedgerEventView, Error, B> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: post,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ledgerKey }),
  });
}

export const useReceiveStock = (): UseMutationResult<LedgerEventView, Error, ReceiveStockBody> =>
  useLedgerMutation((body: ReceiveStockBody) => api.post<LedgerEventView>('/api/ledger/receipts', body));

export const useDraw = (): UseMutationResult<LedgerEventView, Error, DrawBody> =>
  useLedgerMutation((body: DrawBody) => api.post<LedgerEventView>('/api/ledger/draws', body));

export const useAdminister = (): UseMutationResult<LedgerEventView, Error, AdministrationBody> =>
  useLedgerMutation((body: AdministrationBody) => api.post<LedgerEventView>('/api/ledger/administrations', body));

export const useWaste = (): UseMutationResult<LedgerEventView, Error, WasteBody> =>
  useLedgerMutation((body: WasteBody) => api.post<LedgerEventView>('/api/ledger/wastes', body));

export const useCount = (): UseMutationResult<LedgerEventView, Error, CountBody> =>
  useLedgerMutation((body: CountBody) => api.post<LedgerEventView>('/api/ledger/counts', body));

export const useTransfer = (): UseMutationResult<LedgerEventView, Error, TransferBody> =>
  useLedgerMutation((body: TransferBody) => api.post<LedgerEventView>('/api/ledger/transfers', body));

export const useReturn = (): UseMutationResult<LedgerEventView, Error, ReturnBody> =>
  useLedgerMutation((body: ReturnBody) => api.post<LedgerEventView>('/api/ledger/returns', body));

export const useDestroy = (): UseMutationResult<LedgerEventView, Error, DestructionBody> =>
  useLedgerMutation((body: DestructionBody) => api.post<LedgerEventView>('/api/ledger/destructions', body));

export const useWitnessWaste = (): UseMutationResult<
  LedgerEventView,
  Error,
  { wasteEventId: string; witness: Witness }
> =>
  useLedgerMutation(({ wasteEventId, witness }: { wasteEventId: string; witness: Witness }) =>
    api.post<LedgerEventView>(`/api/ledger/wastes/${encodeURIComponent(wasteEventId)}/witness`, witness),
  );

export const useResolveDiscrepancy = (): UseMutationResult<
  LedgerEventView,
  Error,
  { countEventId: string; explanation: string }
> =>
  useLedgerMutation(({ countEventId, explanation }: { countEventId: string; explanation: string }) =>
    api.post<LedgerEventView>(`/api/ledger/discrepancies/${encodeURIComponent(countEventId)}/resolve`, { explanation }),
  );

export const useReportDiscrepancy = (): UseMutationResult<
  LedgerEventView,
  Error,
  { countEventId: string } & ReportDiscrepancyBody
> =>
  useLedgerMutation(({ countEventId, ...body }: { countEventId: string } & ReportDiscrepancyBody) =>
    api.post<LedgerEventView>(`/api/ledger/discrepancies/${encodeURIComponent(countEventId)}/report`, body),
  );

export type ChainCheck =
  { ok: true; length: number; headHash: string } | { ok: false; brokenAtSequence: number; message: string };

export const useVerifyLedger = (): UseMutationResult<ChainCheck, Error, void> =>
  useMutation({ mutationFn: () => api.get<ChainCheck>('/api/ledger/verify') });

/** "Safe A · 450 mg (9 mL)" style amount of a container. */
export function amountText(c: Pick<LedgerContainer, 'balanceMg' | 'balanceMl' | 'devices'>): string {
  if (c.devices !== undefined) {
    return `${c.devices} device${c.devices === 1 ? '' : 's'} (${c.balanceMg} mg)`;
  }
  return `${c.balanceMg} mg${c.balanceMl === undefined ? '' : ` (${c.balanceMl} mL)`}`;
}

export const shortId = (id: string): string => id.slice(0, 8).toUpperCase();
