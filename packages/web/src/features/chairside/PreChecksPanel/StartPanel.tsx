import { Alert, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { SessionDetail } from '@chairside/contract';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useStartReadiness, useTransition } from '../chairside-api';
import { BigNumber, recorded, SubmitRow } from '../QuickEntry/entry-kit';

/** Start dosing: every unmet prerequisite listed; the button is enabled only when none remain. */
export function StartPanel({ detail }: { readonly detail: SessionDetail }): ReactNode {
  const id = detail.session.id;
  const readiness = useStartReadiness(id, true);
  const transition = useTransition(id);
  const iv = detail.session.route === 'iv';
  const [rate, setRate] = useState<number | ''>('');
  const unmet = readiness.data?.unmet ?? [];
  const ready = readiness.data?.ready === true && (!iv || rate !== '');
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label="Start dosing">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Start dosing
        </Title>
        {readiness.isPending ? <Loader size="sm" aria-label="Checking readiness" /> : null}
        {readiness.isError ? <ErrorAlert error={readiness.error} title="Readiness could not be checked" /> : null}
        {readiness.data === undefined ? null : readiness.data.ready ? (
          <Alert color="teal" icon={<IconCircleCheck />} title="All prerequisites met" />
        ) : (
          <Alert
            color="red"
            icon={<IconCircleX />}
            title={`${unmet.length} prerequisite${unmet.length === 1 ? '' : 's'} not met`}
          >
            <List size="md" spacing={4} aria-label="Unmet prerequisites">
              {unmet.map((u) => (
                <List.Item key={`${u.id}-${u.rule}`}>{u.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {iv ? (
          <>
            <BigNumber
              label="Initial pump rate"
              unit="mL/h"
              value={rate}
              onChange={setRate}
              min={0}
              max={10_000}
              decimals
            />
            {detail.dose.concentrationMgPerMl === null ? null : (
              <Text size="sm" c="dimmed">
                Concentration {detail.dose.concentrationMgPerMl} mg/mL
                {detail.dose.plannedMg === null ? '' : ` · planned ${detail.dose.plannedMg} mg`}
              </Text>
            )}
          </>
        ) : null}
        <SubmitRow
          label="Start dosing"
          colour="teal"
          disabled={!ready}
          pending={transition.isPending}
          error={transition.error}
          onSubmit={() => {
            transition.mutate(
              { event: 'start-dosing', ...(iv && rate !== '' ? { initialRateMlPerHour: rate } : {}) },
              {
                onSuccess: () => {
                  recorded('Dosing started');
                },
              },
            );
          }}
        />
      </Stack>
    </Paper>
  );
}
