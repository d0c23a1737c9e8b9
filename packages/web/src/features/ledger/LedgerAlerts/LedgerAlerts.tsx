import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockExclamation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../lib/format';
import { shortId, type Discrepancy, type OpenWaste } from '../ledger-api';

/**
 * What needs someone now: open count discrepancies with the 1-business-day DEA notice clock
 * [21 CFR 1301.76(b)], and wastes still without a witness.
 */
export function LedgerAlerts({
  discrepancies,
  openWastes,
  people,
  canClose,
  canWitness,
  onClose,
  onWitness,
}: {
  readonly discrepancies: readonly Discrepancy[];
  readonly openWastes: readonly OpenWaste[];
  readonly people: Readonly<Record<string, string>>;
  readonly canClose: boolean;
  readonly canWitness: boolean;
  readonly onClose: (d: Discrepancy) => void;
  readonly onWitness: (w: OpenWaste) => void;
}): ReactNode {
  const open = discrepancies.filter((d) => d.status === 'open');
  if (open.length === 0 && openWastes.length === 0) {
    return null;
  }
  return (
    <Stack gap="sm">
      {open.map((d) => (
        <Alert
          key={d.countEventId}
          color="red"
          variant={d.noticeOverdue ? 'filled' : 'light'}
          icon={<IconClockExclamation />}
          title={`Count discrepancy · container ${shortId(d.containerId)}: ${d.differenceMg > 0 ? '+' : ''}${d.differenceMg} mg`}
          role="alert"
          aria-label="Open count discrepancy"
        >
          <Group justify="space-between" align="flex-end">
            <Stack gap={2}>
              <Text size="sm">
                Counted {d.countedMg} mg; the ledger shows {d.expectedMg} mg. Found {formatDateTime(d.discoveredAt)}.
              </Text>
              <Text size="sm" fw={700}>
                {d.noticeOverdue ? 'OVERDUE: ' : ''}written DEA notice due by {formatDateTime(d.deaNoticeDueAt)} (1
                business day); Form 106 by {d.deaForm106DueDate}.
              </Text>
            </Stack>
            {canClose ? (
              <Button
                size="xs"
                color={d.noticeOverdue ? 'gray' : 'red'}
                variant={d.noticeOverdue ? 'white' : 'filled'}
                onClick={() => {
                  onClose(d);
                }}
              >
                Resolve or mark reported
              </Button>
            ) : null}
          </Group>
        </Alert>
      ))}
      {openWastes.map((w) => (
        <Alert
          key={w.eventId}
          color="orange"
          variant="light"
          icon={<IconAlertTriangle />}
          title={`Waste without a witness · ${w.amountMg} mg from ${shortId(w.containerId)}`}
          aria-label="Unwitnessed waste"
        >
          <Group justify="space-between" align="flex-end">
            <Text size="sm">
              Wasted by {people[w.wastedBy] ?? w.wastedBy} at {formatDateTime(w.wastedAt)} ({w.method}).{' '}
              <Badge color="orange" size="sm">
                Open
              </Badge>
            </Text>
            {canWitness ? (
              <Button
                size="xs"
                color="orange"
                onClick={() => {
                  onWitness(w);
                }}
              >
                Witness
              </Button>
            ) : null}
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}
