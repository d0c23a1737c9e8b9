import type { Me } from '@chairside/contract';
import { Center, Loader, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { setCsrfToken, setSessionEndedHandler } from '../../api/client';
import { AuthContext, type AuthContextValue, type SignOutReason } from './auth-context';
import { fetchMe, signOut as signOutRequest } from './auth-api';

export const meQueryKey = ['auth', 'me'] as const;

/** Keeps the signed-in user in the query cache and ends the session cleanly. */
export function AuthProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const meQuery = useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: Infinity, retry: false });
  const me = meQuery.data ?? null;

  useEffect(() => {
    setCsrfToken(me?.csrfToken ?? null);
  }, [me]);

  const signedIn = useCallback(
    (next: Me) => {
      setCsrfToken(next.csrfToken);
      queryClient.setQueryData(meQueryKey, next);
    },
    [queryClient],
  );

  const signOut = useCallback(
    async (reason: SignOutReason) => {
      if (reason === 'user') {
        await signOutRequest().catch(() => undefined);
      }
      setCsrfToken(null);
      // Nothing of the previous user's data may linger for the next one.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
      await navigate('/sign-in', { replace: true, state: reason === 'session-ended' ? { sessionEnded: true } : null });
    },
    [navigate, queryClient],
  );

  const refresh = useCallback(async () => {
    const next = await fetchMe();
    queryClient.setQueryData(meQueryKey, next);
    return next;
  }, [queryClient]);

  useEffect(() => {
    setSessionEndedHandler(() => void signOut('session-ended'));
    return () => {
      setSessionEndedHandler(null);
    };
  }, [signOut]);

  const value = useMemo<AuthContextValue>(() => ({ me, signedIn, signOut, refresh }), [me, signedIn, signOut, refresh]);

  if (meQuery.isPending) {
    return (
      <Center h="100vh">
        <Stack align="center" gap="xs">
          <Loader aria-label="Loading" />
          <Text c="dimmed">Opening Chairside…</Text>
        </Stack>
      </Center>
    );
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
