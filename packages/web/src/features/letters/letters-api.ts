import type {
  LetterDraftView,
  LetterTemplateView,
  LetterView,
  RecordDispatchBody,
  SaveLetterTemplateBody,
  SignLetterBody,
} from '@chairside/contract';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api } from '../../api/client';

const listKey = (patientId: string) => ['letters', patientId] as const;
export type Recipient = SignLetterBody['recipient'];

export function useLetters(patientId: string): UseQueryResult<LetterView[]> {
  return useQuery({
    queryKey: listKey(patientId),
    queryFn: () => api.get<LetterView[]>(`/api/patients/${encodeURIComponent(patientId)}/letters`),
  });
}

export function useDraftLetter(patientId: string): UseMutationResult<LetterDraftView, Error, Recipient> {
  return useMutation({
    mutationFn: (recipient: Recipient) =>
      api.post<LetterDraftView>(`/api/patients/${encodeURIComponent(patientId)}/letters/draft`, { recipient }),
  });
}

export function useSignLetter(patientId: string): UseMutationResult<LetterView, Error, SignLetterBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignLetterBody) =>
      api.post<LetterView>(`/api/patients/${encodeURIComponent(patientId)}/letters`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(patientId) }),
  });
}

export function useRecordDispatch(
  patientId: string,
): UseMutationResult<unknown, Error, { letterId: string; body: RecordDispatchBody }> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ letterId, body }) => api.post(`/api/letters/${encodeURIComponent(letterId)}/dispatches`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(patientId) }),
  });
}

export const letterPdfUrl = (letterId: string): string => `/api/letters/${encodeURIComponent(letterId)}/pdf`;

export function useLetterTemplate(): UseQueryResult<LetterTemplateView> {
  return useQuery({
    queryKey: ['letter-template'],
    queryFn: () => api.get<LetterTemplateView>('/api/letter-template'),
  });
}

export function useSaveLetterTemplate(): UseMutationResult<LetterTemplateView, Error, SaveLetterTemplateBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveLetterTemplateBody) => api.put<LetterTemplateView>('/api/letter-template', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['letter-template'] }),
  });
}
