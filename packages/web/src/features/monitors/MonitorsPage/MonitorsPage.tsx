import { useAutoRefresh } from '../../../app/useAutoRefresh';
import { Container, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { BindMonitorModal } from '../BindMonitorModal/BindMonitorModal';
import { HeldReadingsTable } from '../HeldReadingsTable/HeldReadingsTable';
import { MessageLogTable } from '../MessageLogTable/MessageLogTable';
import { MonitorTable } from '../MonitorTable/MonitorTable';
import { useHeldReadings, useMessageLog, useMonitors, useUnbindMonitor, type MonitorRow } from '../monitors-api';

function Section({ title, hint, children }: { title: string; hint: string; children: ReactNode }): ReactNode {
  return (
    <Stack gap={6} component="section" aria-label={title}>
      <Group gap="xs" align="baseline">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      </Group>
      {children}
    </Stack>
  );
}

function Query<T>({
  q,
  what,
  children,
}: {
  q: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined };
  what: string;
  children: (data: T) => ReactNode;
}): ReactNode {
  if (q.isPending) {
    return <Loader size="sm" aria-label={`Loading ${what}`} />;
  }
  if (q.isError || q.data === undefined) {
    return <ErrorAlert error={q.error} title={`The ${what} could not be loaded`} />;
  }
  return children(q.data);
}

/** Bedside monitors on the HL7 feed: which chair each feeds, what is held, and what came in. */
export function MonitorsPage(): ReactNode {
  const refetchInterval = useAutoRefresh(10_000);
  const monitors = useMonitors(refetchInterval);
  const held = useHeldReadings(refetchInterval);
  const messages = useMessageLog(refetchInterval);
  const unbind = useUnbindMonitor();
  const [binding, setBinding] = useState<MonitorRow | null>(null);

  const onUnbind = (m: MonitorRow): void => {
    if (m.binding === null) {
      return;
    }
    const chair = m.binding.chairLabel;
    unbind.mutate(m.binding.id, {
      onSuccess: () => {
        notifications.show({ message: `${m.deviceId} is no longer bound to ${chair}; its readings will be held.` });
      },
    });
  };

  return (
    <Container size="xl" py="lg">
      <PageHeader
        title="Monitors"
        description={`Bedside monitors sending vitals over HL7. ${refetchInterval === false ? 'Auto-refresh paused while the page is not used.' : 'Refreshes every 10 s.'}`}
      />
      <Stack gap="xl">
        <Section title="Monitors" hint="A monitor's readings reach a patient only while it is bound to a chair.">
          {unbind.isError ? <ErrorAlert error={unbind.error} title="The monitor was not unbound" /> : null}
          <Query q={monitors} what="monitors">
            {(data) => (
              <MonitorTable
                monitors={data.items}
                unbinding={unbind.isPending ? unbind.variables : null}
                onBind={setBinding}
                onUnbind={onUnbind}
              />
            )}
          </Query>
        </Section>
        <Section title="Held readings" hint="From monitors bound to no chair: attached to no patient.">
          <Query q={held} what="held readings">
            {(data) => <HeldReadingsTable readings={data.items} />}
          </Query>
        </Section>
        <Section title="Message log" hint="The latest 50 messages and the acknowledgment each got.">
          <Query q={messages} what="message log">
            {(data) => <MessageLogTable messages={data.items} />}
          </Query>
        </Section>
      </Stack>
      {binding === null ? null : (
        <BindMonitorModal
          monitor={binding}
          onClose={() => {
            setBinding(null);
          }}
        />
      )}
    </Container>
  );
}
