import { Button, Group, Modal, Text } from '@mantine/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { lastServerContactAt } from '../../api/client';
import { useAuth } from '../auth/auth-context';

const warnBeforeEndMs = 2 * 60 * 1000;
const tickMs = 1000;
/** How often the user's own clicks and keys may nudge the server's idle timer. */
const keepAliveEveryMs = 60 * 1000;

/**
 * The server ends a session after `idleTimeoutSeconds` without a request. We
 * count from the last server contact, treat clicks and key presses as use
 * (nudging the server at most once a minute), warn two minutes before the end,
 * and sign out at the end so no patient data stays on an unattended screen.
 */
export function IdleWatcher({ idleTimeoutSeconds }: { readonly idleTimeoutSeconds: number }): ReactNode {
  const { refresh, signOut } = useAuth();
  const [remainingMs, setRemainingMs] = useState(idleTimeoutSeconds * 1000);
  const warning = remainingMs <= warnBeforeEndMs;

  const staySignedIn = useCallback(async () => {
    const me = await refresh().catch(() => null);
    if (me === null) {
      await signOut('session-ended');
    }
  }, [refresh, signOut]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      const left = lastServerContactAt() + idleTimeoutSeconds * 1000 - Date.now();
      setRemainingMs(left);
      if (left <= 0) {
        void signOut('session-ended');
      }
    }, tickMs);
    return () => {
      window.clearInterval(timer);
    };
  }, [idleTimeoutSeconds, signOut]);

  useEffect(() => {
    const onUse = (): void => {
      const sinceContact = Date.now() - lastServerContactAt();
      const left = idleTimeoutSeconds * 1000 - sinceContact;
      // Once the warning shows, only the explicit button keeps the session.
      if (sinceContact > keepAliveEveryMs && left > warnBeforeEndMs) {
        void refresh().catch(() => undefined);
      }
    };
    window.addEventListener('pointerdown', onUse);
    window.addEventListener('keydown', onUse);
    return () => {
      window.removeEventListener('pointerdown', onUse);
      window.removeEventListener('keydown', onUse);
    };
  }, [idleTimeoutSeconds, refresh]);

  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const countdown = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <Modal
      opened={warning}
      onClose={() => void staySignedIn()}
      title="You will be signed out soon"
      centered
      closeOnClickOutside={false}
    >
      <Text mb="md">
        For patient privacy, Chairside signs you out after {Math.round(idleTimeoutSeconds / 60)} minutes without
        activity. You will be signed out in <strong>{countdown}</strong>.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => void signOut('user')}>
          Sign out now
        </Button>
        <Button onClick={() => void staySignedIn()} data-autofocus>
          Stay signed in
        </Button>
      </Group>
    </Modal>
  );
}
