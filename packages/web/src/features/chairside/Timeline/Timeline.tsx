import { Badge, Group, ScrollArea, Stack, Text } from '@mantine/core';
import type { AlertView, JournalEntry } from '@chairside/contract';
import type { ReactNode } from 'react';
import { clockTime } from '../session-format';
import { bandColour } from '../vital-bands';

interface Row {
  readonly id: string;
  readonly at: string;
  readonly badge: string;
  readonly colour: string;
  readonly text: string;
  readonly by: string | null;
}

const kindLabel: Readonly<Record<string, string>> = {
  transition: 'State',
  'pre-check': 'Pre-check',
  titration: 'Titration',
  'sedation-check': 'Check',
  observation: 'Observation',
  'adverse-event': 'Adverse event',
  medication: 'Medication',
  'esketamine-device': 'Device',
  'recovery-check': 'Recovery',
  discharge: 'Discharge',
};

function rowsOf(journal: readonly JournalEntry[], alerts: readonly AlertView[]): Row[] {
  const rows: Row[] = journal.map((j) => ({
    id: j.id,
    at: j.at,
    badge: kindLabel[j.kind] ?? j.kind,
    colour: j.kind === 'adverse-event' ? 'orange' : j.kind === 'medication' ? 'violet' : 'gray',
    text: j.summary,
    by: j.by,
  }));
  for (const a of alerts) {
    const colour = bandColour[a.severity];
    rows.push({ id: `${a.id}-raised`, at: a.raisedAt, badge: a.severity, colour, text: a.message, by: null });
    if (a.resolution !== null) {
      rows.push({
        id: `${a.id}-resolved`,
        at: a.resolution.at,
        badge: 'Resolved',
        colour: 'teal',
        text: `${a.resolution.action.replace(/-/g, ' ')}: ${a.resolution.note} (${Math.round(a.resolution.secondsToResolve / 60)} min after the alert)`,
        by: a.resolution.by,
      });
    }
  }
  return rows.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** Everything that happened in the session, newest first. */
export function Timeline({
  journal,
  alerts,
}: {
  readonly journal: readonly JournalEntry[];
  readonly alerts: readonly AlertView[];
}): ReactNode {
  const rows = rowsOf(journal, alerts);
  if (rows.length === 0) {
    return <Text c="dimmed">Nothing recorded yet.</Text>;
  }
  return (
    <ScrollArea.Autosize mah={420} type="auto">
      <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Timeline">
        {rows.map((row) => (
          <Group key={row.id} component="li" gap="xs" wrap="nowrap" align="flex-start">
            <Text fw={700} w={52} style={{ flexShrink: 0 }}>
              {clockTime(row.at)}
            </Text>
            <Badge color={row.colour} variant="light" w={110} style={{ flexShrink: 0 }}>
              {row.badge}
            </Badge>
            <Text size="sm" style={{ flex: 1 }}>
              {row.text}
              {row.by === null ? null : (
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {row.by}
                </Text>
              )}
            </Text>
          </Group>
        ))}
      </Stack>
    </ScrollArea.Autosize>
  );
}
