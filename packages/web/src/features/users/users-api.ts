import type { CreateUserBody, ResetPasswordBody, UpdateUserBody, UserSummary } from '@chairside/contract';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api } from '../../api/client';

const usersKey = ['users'] as const;

export const roleOptions: readonly { value: UserSummary['role']; label: string }[] = [
  { value: 'physician', label: 'Physician' },
  { value: 'nurse', label: 'Nurse' },
  { value: 'front_desk', label: 'Front desk' },
  { value: 'admin', label: 'Administrator' },
];

export function useUsers(): UseQueryResult<UserSummary[]> {
  return useQuery({ queryKey: usersKey, queryFn: () => api.get<UserSummary[]>('/api/users') });
}

function useInvalidateUsers(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: usersKey });
}

export function useCreateUser(): UseMutationResult<UserSummary, Error, CreateUserBody> {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: CreateUserBody) => api.post<UserSummary>('/api/users', body),
    onSuccess: invalidate,
  });
}

export function useUpdateUser(id: string): UseMutationResult<UserSummary, Error, UpdateUserBody> {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: UpdateUserBody) => api.patch<UserSummary>(`/api/users/${encodeURIComponent(id)}`, body),
    onSuccess: invalidate,
  });
}

export function useResetPassword(id: string): UseMutationResult<undefined, Error, ResetPasswordBody> {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: ResetPasswordBody) =>
      api.post<undefined>(`/api/users/${encodeURIComponent(id)}/password-reset`, body),
    onSuccess: invalidate,
  });
}
