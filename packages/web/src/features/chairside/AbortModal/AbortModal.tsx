import { Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTransition } from '../chairside-api';
import { recorded, SubmitRow } from '../QuickEntry/entry-kit';
import { ReasonInput } from '../QuickEntry/ReasonInput';

/** Abort with a reason (before discharge). A dose stopped early still goes through recovery instead. */
export function AbortModal({
  sessionId,
  onClose,
}: {
  readonly sessionId: string;
  readonly onClose: () => void;
}): ReactNode {
  const transition = useTransition(sessionId);
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title="Abort session" size="lg">
      <Stack gap="sm">
        <Text>
          Aborting ends the session record. If dosing has started and the patient stays with you, stop the infusion
          instead: the patient then goes through recovery and the discharge check.
        </Text>
        <ReasonInput
          label="Reason"
          value={reason}
          onChange={setReason}
          suggestions={['Patient declined', 'Pre-start hard-stop', 'Transferred to emergency care']}
        />
        <SubmitRow
          label="Abort session"
          colour="red"
          disabled={reason.trim() === ''}
          pending={transition.isPending}
          error={transition.error}
          onSubmit={() => {
            transition.mutate(
              { event: 'abort', reason: reason.trim() },
              {
                onSuccess: () => {
                  recorded('Session aborted');
                  onClose();
                },
              },
            );
          }}
        />
      </Stack>
    </Modal>
  );
}
