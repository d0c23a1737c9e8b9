import type { ImportPreviewView, ImportResultView } from '@chairside/contract';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { api } from '../../api/client';

export function usePreviewImport(): UseMutationResult<ImportPreviewView> {
  return useMutation({
    mutationFn: (bundle: unknown) => api.post<ImportPreviewView>('/api/imports/fhir/preview', { bundle }),
  });
}

export function useConfirmImport(): UseMutationResult<ImportResultView> {
  return useMutation({
    mutationFn: (bundle: unknown) => api.post<ImportResultView>('/api/imports/fhir', { bundle }),
  });
}
