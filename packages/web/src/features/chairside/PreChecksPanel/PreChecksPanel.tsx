import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { SessionDetail } from '@chairside/contract';
import type { ReactNode } from 'react';
import { useTransition } from '../chairside-api';
import { recorded, SubmitRow } from '../QuickEntry/entry-kit';
import { VitalsForm } from '../QuickEntry/VitalsForm';
import { PreChecksForm } from './PreChecksForm';
import { StartPanel } from './StartPanel';

/** Before dosing: check in, the pre-check list, baseline vitals and the start gate. */
export function PreChecksPanel({ detail }: { readonly detail: SessionDetail }): ReactNode {
  const { session } = detail;
  const transition = useTransition(session.id);
  if (session.state === 'scheduled' || session.state === 'checked-in') {
    const checkIn = session.state === 'scheduled';
    return (
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Text size="lg">
            {checkIn
              ? 'The patient has not been checked in yet.'
              : 'Checked in. Begin the pre-checks when the patient is in the chair.'}
          </Text>
          <SubmitRow
            label={checkIn ? 'Check in' : 'Begin pre-checks'}
            disabled={false}
            pending={transition.isPending}
            error={transition.error}
            onSubmit={() => {
              transition.mutate(
                { event: checkIn ? 'check-in' : 'begin-pre-checks' },
                {
                  onSuccess: () => {
                    recorded(checkIn ? 'Checked in' : 'Pre-checks begun');
                  },
                },
              );
            }}
          />
        </Stack>
      </Paper>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <PreChecksForm detail={detail} />
      <Stack gap="md">
        <Paper withBorder p="sm" radius="md" component="section" aria-label="Baseline vitals">
          <Stack gap="sm">
            <Title order={2} size="h3">
              Baseline vitals
            </Title>
            <VitalsForm sessionId={session.id} />
          </Stack>
        </Paper>
        <StartPanel detail={detail} />
      </Stack>
    </SimpleGrid>
  );
}
