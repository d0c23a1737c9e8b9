import { Alert, Center, Container, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import type { BoardEntry } from '@chairside/contract';
import { IconWifiOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { LiveStatus } from '../LiveStatus/LiveStatus';
import { useLiveBoard } from '../live/useLiveBoard';
import { SessionCard } from '../SessionCard/SessionCard';
import { severityOrder } from '../session-format';
import { useAlertSound } from '../sound/useAlertSound';
import { useNow } from '../useNow';

function worstSeverity(entry: BoardEntry): number {
  return Math.max(-1, ...entry.activeAlerts.map((a) => severityOrder[a.severity] ?? 0));
}

/** Cards with the worst active alert first, then by chair. */
function ordered(items: readonly BoardEntry[]): BoardEntry[] {
  return [...items].sort(
    (a, b) =>
      worstSeverity(b) - worstSeverity(a) ||
      (a.session.chairName ?? '~').localeCompare(b.session.chairName ?? '~', undefined, { numeric: true }),
  );
}

/** The chairside board: every active session, live. */
export function BoardPage(): ReactNode {
  const { board, status } = useLiveBoard();
  const nowMs = useNow(15_000);
  const alerts = board.data?.items.flatMap((entry) => entry.activeAlerts) ?? [];
  const sound = useAlertSound(alerts);
  return (
    <Container size="100%" px="md" py="md">
      <PageHeader
        title="Chairside board"
        description="Every chair with a session today. Updates live; tap a card to open the session."
        actions={<LiveStatus status={status} sound={sound} />}
      />
      {status === 'reconnecting' ? (
        <Alert color="orange" variant="filled" icon={<IconWifiOff />} mb="md" title="Reconnecting to live updates">
          The board may be behind. Events missed while disconnected are replayed when the connection returns.
        </Alert>
      ) : null}
      {board.isPending ? (
        <Center py="xl">
          <Loader aria-label="Loading the board" />
        </Center>
      ) : board.isError ? (
        <ErrorAlert error={board.error} title="The board could not be loaded" />
      ) : board.data.items.length === 0 ? (
        <Stack align="center" py="xl">
          <Text size="lg">No active sessions.</Text>
          <Text c="dimmed">
            Start a session from a dosing appointment on the Schedule, or from the patient’s chart.
          </Text>
        </Stack>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md" aria-label="Chairs">
          {ordered(board.data.items).map((entry) => (
            <SessionCard key={entry.session.id} entry={entry} nowMs={nowMs} />
          ))}
        </SimpleGrid>
      )}
    </Container>
  );
}
