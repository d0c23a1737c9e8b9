import {
  Alert,
  Anchor,
  Button,
  Center,
  Container,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { AlertView, SessionDetail } from '@chairside/contract';
import { defaultMonitoringRuleSet } from '@chairside/domain';
import { IconArrowLeft, IconFileTypePdf, IconWifiOff } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { AbortModal } from '../AbortModal/AbortModal';
import { AlertCard } from '../AlertCard/AlertCard';
import { dischargeInstructionsUrl, sessionSummaryUrl } from '../chairside-api';
import { LiveStatus } from '../LiveStatus/LiveStatus';
import { useLiveSession } from '../live/useLiveSession';
import { PreChecksPanel } from '../PreChecksPanel/PreChecksPanel';
import { QuickEntry } from '../QuickEntry/QuickEntry';
import { chartReadings, currentReadings } from '../readings';
import { RecoveryPanel } from '../RecoveryPanel/RecoveryPanel';
import { RemsFormView } from '../RemsFormView/RemsFormView';
import { ResolveAlertModal } from '../ResolveAlertModal/ResolveAlertModal';
import { SessionHeader } from '../SessionHeader/SessionHeader';
import { phaseOf, severityOrder } from '../session-format';
import { useAlertSound } from '../sound/useAlertSound';
import { Timeline } from '../Timeline/Timeline';
import { useNow } from '../useNow';
import { VitalsChart } from '../VitalsChart/VitalsChart';
import type { ChartMarker } from '../VitalsChart/vitals-plot';

const markerKinds = new Set(['transition', 'titration', 'medication', 'esketamine-device']);

function markersOf(detail: SessionDetail): ChartMarker[] {
  return detail.journal
    .filter((j) => markerKinds.has(j.kind))
    .map((j) => ({ at: j.at, label: j.summary.length > 24 ? `${j.summary.slice(0, 23)}…` : j.summary }));
}

function ChartAndTimeline({ detail, nowMs }: { readonly detail: SessionDetail; readonly nowMs: number }): ReactNode {
  return (
    <Stack gap="md">
      <Paper withBorder p="sm" radius="md" component="section" aria-label="Vitals chart">
        <Title order={2} size="h4" mb={4}>
          Vitals
        </Title>
        <VitalsChart
          readings={chartReadings(currentReadings(detail))}
          ruleSet={defaultMonitoringRuleSet}
          thresholds={detail.thresholds}
          phase={phaseOf(detail.session.state)}
          markers={markersOf(detail)}
          nowMs={nowMs}
        />
      </Paper>
      <Paper withBorder p="sm" radius="md" component="section" aria-label="Timeline of events">
        <Title order={2} size="h4" mb={4}>
          Timeline
        </Title>
        <Timeline journal={detail.journal} alerts={detail.alerts} />
      </Paper>
    </Stack>
  );
}

function Body({ detail, nowMs }: { readonly detail: SessionDetail; readonly nowMs: number }): ReactNode {
  const { session } = detail;
  if (session.state === 'scheduled' || session.state === 'checked-in' || session.state === 'pre-checks') {
    return (
      <Stack gap="md">
        <PreChecksPanel detail={detail} />
        <ChartAndTimeline detail={detail} nowMs={nowMs} />
      </Stack>
    );
  }
  if (session.state === 'dosing') {
    return (
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <QuickEntry detail={detail} />
        <ChartAndTimeline detail={detail} nowMs={nowMs} />
      </SimpleGrid>
    );
  }
  if (session.state === 'recovery') {
    return (
      <Stack gap="md">
        <RecoveryPanel detail={detail} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <QuickEntry detail={detail} />
          <ChartAndTimeline detail={detail} nowMs={nowMs} />
        </SimpleGrid>
        {session.route === 'intranasal' ? <RemsFormView sessionId={session.id} /> : null}
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {session.state === 'discharged' ? (
        <Alert
          color="teal"
          title={`Discharged${session.endedAt === null ? '' : ` at ${new Date(session.endedAt).toLocaleTimeString()}`}`}
        >
          <Group gap="lg">
            <Anchor href={dischargeInstructionsUrl(session.id)} target="_blank" rel="noreferrer">
              <Group gap={4} component="span">
                <IconFileTypePdf size={20} /> Discharge instructions (PDF)
              </Group>
            </Anchor>
            <Anchor href={sessionSummaryUrl(session.id)} target="_blank" rel="noreferrer">
              <Group gap={4} component="span">
                <IconFileTypePdf size={20} /> Discharge summary (PDF)
              </Group>
            </Anchor>
          </Group>
        </Alert>
      ) : (
        <Alert color="gray" title="Session aborted">
          <Stack gap="xs">
            <Text size="sm">{session.abortReason}</Text>
            <Anchor href={sessionSummaryUrl(session.id)} target="_blank" rel="noreferrer">
              <Group gap={4} component="span">
                <IconFileTypePdf size={20} /> Session summary (PDF)
              </Group>
            </Anchor>
          </Stack>
        </Alert>
      )}
      {session.route === 'intranasal' ? <RemsFormView sessionId={session.id} /> : null}
      <ChartAndTimeline detail={detail} nowMs={nowMs} />
    </Stack>
  );
}

/** One session at the chair: alerts first, then what the state calls for, with the chart and timeline. */
export function SessionPage(): ReactNode {
  const { sessionId = '' } = useParams();
  const { detail, status } = useLiveSession(sessionId);
  const nowMs = useNow(15_000);
  const [resolving, setResolving] = useState<AlertView | null>(null);
  const [aborting, setAborting] = useState(false);
  const active = (detail.data?.alerts ?? [])
    .filter((a) => a.resolution === null)
    .sort((a, b) => (severityOrder[b.severity] ?? 0) - (severityOrder[a.severity] ?? 0));
  const sound = useAlertSound(active);

  if (detail.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading the session" />
      </Center>
    );
  }
  if (detail.isError) {
    return (
      <Container py="lg">
        <ErrorAlert error={detail.error} title="The session could not be loaded" />
      </Container>
    );
  }
  const d = detail.data;
  const open = d.session.state !== 'discharged' && d.session.state !== 'aborted';
  return (
    <Container size="100%" px="md" py="md">
      <Stack gap="md">
        <Group justify="space-between">
          <Button component={Link} to="/chairside" variant="subtle" size="md" leftSection={<IconArrowLeft />}>
            Board
          </Button>
          <LiveStatus status={status} sound={sound} />
        </Group>
        {status === 'reconnecting' ? (
          <Alert color="orange" variant="filled" icon={<IconWifiOff />} title="Reconnecting to live updates">
            New readings and alerts will appear when the connection returns; nothing is lost.
          </Alert>
        ) : null}
        <SessionHeader detail={d} nowMs={nowMs} />
        {active.length === 0 ? null : (
          <Stack gap="xs" component="section" aria-label="Active alerts">
            {active.map((alert) => (
              <AlertCard key={alert.id} alert={alert} onResolve={setResolving} />
            ))}
          </Stack>
        )}
        <Body detail={d} nowMs={nowMs} />
        {open ? (
          <Group justify="flex-end">
            <Text size="sm" c="dimmed">
              Ending the session record early?
            </Text>
            <Button
              color="red"
              variant="outline"
              onClick={() => {
                setAborting(true);
              }}
            >
              Abort session
            </Button>
          </Group>
        ) : null}
      </Stack>
      {resolving === null ? null : (
        <ResolveAlertModal
          sessionId={d.session.id}
          alert={resolving}
          onClose={() => {
            setResolving(null);
          }}
        />
      )}
      {aborting ? (
        <AbortModal
          sessionId={d.session.id}
          onClose={() => {
            setAborting(false);
          }}
        />
      ) : null}
    </Container>
  );
}
