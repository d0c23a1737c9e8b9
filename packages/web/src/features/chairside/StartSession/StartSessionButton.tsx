import { Button, Stack } from '@mantine/core';
import type { CreateSessionBody } from '@chairside/contract';
import { IconPlayerPlay } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useBoard, useCreateSession } from '../chairside-api';

/**
 * Opens the session of an appointment (or the patient's active one), or creates it and opens it.
 * The server decides what is allowed (booked dosing appointment, active course, a free chair).
 */
export function StartSessionButton({
  body,
  disabled = false,
}: {
  readonly body: CreateSessionBody;
  readonly disabled?: boolean;
}): ReactNode {
  const navigate = useNavigate();
  const board = useBoard();
  const create = useCreateSession();
  const existing = board.data?.items.find((entry) =>
    body.appointmentId === undefined
      ? entry.session.patientId === body.patientId
      : entry.session.appointmentId === body.appointmentId,
  );
  if (existing !== undefined) {
    return (
      <Button
        size="md"
        color="blue"
        onClick={() => {
          void navigate(`/chairside/${existing.session.id}`);
        }}
      >
        Open session ({existing.session.chairName ?? 'no chair'})
      </Button>
    );
  }
  return (
    <Stack gap="xs">
      <Button
        size="md"
        color="teal"
        leftSection={<IconPlayerPlay size={18} />}
        disabled={disabled}
        loading={create.isPending}
        onClick={() => {
          create.mutate(body, {
            onSuccess: (detail) => {
              void navigate(`/chairside/${detail.session.id}`);
            },
          });
        }}
      >
        Start session
      </Button>
      {create.isError ? <ErrorAlert error={create.error} title="The session was not started" /> : null}
    </Stack>
  );
}
