import { Alert, Checkbox, Group, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { SessionDetail } from '@chairside/contract';
import { IconCircleCheckFilled, IconCircleXFilled, IconLock } from '@tabler/icons-react';
import { defaultDischargeCriteria } from '@chairside/domain';
import { useState, type ReactNode } from 'react';
import { useAuth } from '../../../app/auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useDischarge, useDischargeReadiness } from '../chairside-api';
import { recorded, SubmitRow } from '../QuickEntry/entry-kit';
import { clockTime } from '../session-format';

/**
 * The discharge gate (DEFAULTS.md §5): each criterion met or not. Discharge is refused until all
 * are met; a physician may override with a documented reason, never past an unresolved hard-stop.
 */
export function DischargeGate({ detail }: { readonly detail: SessionDetail }): ReactNode {
  const id = detail.session.id;
  const { me } = useAuth();
  const readiness = useDischargeReadiness(id, true);
  const discharge = useDischarge(id);
  const [noDriving, setNoDriving] = useState(false);
  const [override, setOverride] = useState('');
  if (readiness.isPending) {
    return <Loader aria-label="Checking discharge criteria" />;
  }
  if (readiness.isError) {
    return <ErrorAlert error={readiness.error} title="Discharge criteria could not be checked" />;
  }
  const r = readiness.data;
  const physician = me?.role === 'physician';
  const canOverride = physician && !r.ready && !r.blockedByHardStop;
  const allowed = noDriving && (r.ready || (canOverride && override.trim() !== ''));
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label="Discharge">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            Discharge criteria
          </Title>
          {r.earliestAt === null ? null : <Text fw={600}>Earliest discharge {clockTime(r.earliestAt)}</Text>}
        </Group>
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Discharge criteria">
          {r.criteria.map((c) =>
            c.criterion.startsWith(`${defaultDischargeCriteria.noDriving.id}@`) ? (
              <Group key={c.criterion} component="li" gap="sm" wrap="nowrap" data-met={noDriving}>
                <Checkbox
                  size="xl"
                  color="teal"
                  label={
                    <Text fw={700} size="lg">
                      The patient and escort acknowledged: no driving until the next day
                    </Text>
                  }
                  checked={noDriving}
                  onChange={(e) => {
                    setNoDriving(e.currentTarget.checked);
                  }}
                />
              </Group>
            ) : (
              <Group key={c.criterion} component="li" gap="sm" wrap="nowrap" align="flex-start" data-met={c.met}>
                {c.met ? (
                  <IconCircleCheckFilled size={30} color="var(--mantine-color-teal-7)" aria-label="Met" />
                ) : (
                  <IconCircleXFilled size={30} color="var(--mantine-color-red-7)" aria-label="Not met" />
                )}
                <Stack gap={0}>
                  <Text fw={700} size="lg">
                    {c.summary}
                  </Text>
                  {c.message === null ? null : (
                    <Text size="sm" c={c.met ? 'dimmed' : 'red.8'}>
                      {c.message}
                    </Text>
                  )}
                </Stack>
              </Group>
            ),
          )}
        </Stack>
        {r.blockedByHardStop ? (
          <Alert color="red" icon={<IconLock />} title="An unresolved hard-stop alert blocks discharge">
            Resolve it first; no override is possible.
          </Alert>
        ) : null}
        {canOverride ? (
          <Textarea
            label="Physician override: reason for discharging with criteria unmet"
            size="md"
            autosize
            minRows={2}
            maxLength={2000}
            value={override}
            onChange={(e) => {
              setOverride(e.currentTarget.value);
            }}
          />
        ) : null}
        {!r.ready && !physician && !r.blockedByHardStop ? (
          <Text size="sm" c="dimmed">
            Only a physician can discharge with criteria unmet, and only with a documented reason.
          </Text>
        ) : null}
        <SubmitRow
          label={r.ready || !canOverride ? 'Discharge' : 'Discharge with override'}
          colour={r.ready ? 'teal' : 'orange'}
          disabled={!allowed}
          pending={discharge.isPending}
          error={discharge.error}
          onSubmit={() => {
            discharge.mutate(
              { noDrivingAcknowledged: noDriving, ...(r.ready ? {} : { overrideReason: override.trim() }) },
              {
                onSuccess: () => {
                  recorded('Patient discharged');
                },
              },
            );
          }}
        />
      </Stack>
    </Paper>
  );
}
