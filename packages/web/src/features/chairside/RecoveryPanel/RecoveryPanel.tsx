import { defaultDischargeCriteria } from '@chairside/domain';
import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import type { SessionDetail } from '@chairside/contract';
import type { ReactNode } from 'react';
import { AldreteForm } from '../AldreteForm/AldreteForm';
import { useRecordRecovery } from '../chairside-api';
import { DischargeGate } from '../DischargeGate/DischargeGate';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { recorded } from '../QuickEntry/entry-kit';
import { asVitalReading, currentReadings } from '../readings';

/** Recovery: the modified Aldrete on the protocol's cadence, and the discharge gate. */
export function RecoveryPanel({ detail }: { readonly detail: SessionDetail }): ReactNode {
  const record = useRecordRecovery(detail.session.id);
  const readings = currentReadings(detail);
  const latest = asVitalReading(readings.at(-1));
  const baseline = asVitalReading(
    detail.manualReadings.find((r) => r.id === detail.preChecks.baselineReadingId) ?? undefined,
  );
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Paper withBorder p="sm" radius="md" component="section" aria-label="Recovery check">
        <Stack gap="sm">
          <Title order={2} size="h3">
            Recovery check: modified Aldrete
          </Title>
          {record.isError ? <ErrorAlert error={record.error} title="Not recorded" /> : null}
          <AldreteForm
            key={detail.journal.filter((j) => j.kind === 'recovery-check').length}
            latest={latest}
            baseline={baseline}
            minTotal={defaultDischargeCriteria.aldrete.minTotal}
            submitting={record.isPending}
            onSubmit={(entry) => {
              record.mutate(
                { takenAt: new Date().toISOString(), ...entry },
                {
                  onSuccess: () => {
                    recorded('Recovery check recorded');
                  },
                },
              );
            }}
          />
        </Stack>
      </Paper>
      <DischargeGate detail={detail} />
    </SimpleGrid>
  );
}
