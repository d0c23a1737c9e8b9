import type { PublishProtocolVersionBody } from '@chairside/contract';
import type { Protocol } from '@chairside/domain';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api } from '../../api/client';

/** One stored version with its protocol document (the server's ProtocolVersionResponse). */
export interface ProtocolVersion {
  readonly protocolId: string;
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
  readonly reason: string;
  readonly protocol: Protocol;
}

export interface ProtocolWithVersions {
  readonly latest: ProtocolVersion;
  readonly versions: readonly ProtocolVersion[];
}

export const protocolKeys = {
  list: ['protocols'] as const,
  detail: (id: string) => ['protocols', id] as const,
};

export function useProtocols(): UseQueryResult<ProtocolVersion[]> {
  return useQuery({ queryKey: protocolKeys.list, queryFn: () => api.get<ProtocolVersion[]>('/api/protocols') });
}

export function useProtocol(id: string | undefined): UseQueryResult<ProtocolWithVersions> {
  return useQuery({
    queryKey: protocolKeys.detail(id ?? ''),
    queryFn: () => api.get<ProtocolWithVersions>(`/api/protocols/${encodeURIComponent(id ?? '')}`),
    enabled: id !== undefined && id !== '',
  });
}

export function usePublishProtocolVersion(
  id: string,
): UseMutationResult<ProtocolVersion, Error, PublishProtocolVersionBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishProtocolVersionBody) =>
      api.post<ProtocolVersion>(`/api/protocols/${encodeURIComponent(id)}/versions`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: protocolKeys.list });
    },
  });
}
