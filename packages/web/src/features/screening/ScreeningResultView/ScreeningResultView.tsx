import { Alert, Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { RuleFinding, ScreeningResult } from '../screening-api';

const banner = {
  eligible: { color: 'teal', title: 'Eligible', text: 'No stops or warnings. A physician signs every decision.' },
  'needs-review': {
    color: 'yellow',
    title: 'Needs review',
    text: 'A physician must document each soft-stop and acknowledge warnings before signing.',
  },
  ineligible: { color: 'red', title: 'Ineligible', text: 'A hard-stop applies: this cannot be signed as eligible.' },
} as const;

const severityColor = { 'hard-stop': 'red', 'soft-stop': 'orange', warning: 'yellow', info: 'blue' } as const;
const severityTitle = {
  'hard-stop': 'Hard-stops',
  'soft-stop': 'Soft-stops',
  warning: 'Warnings',
  info: 'Information',
} as const;

/** A finding with its rule, source tags and citation, so the physician can check where it comes from. */
export function FindingLine({ finding }: { readonly finding: RuleFinding }): ReactNode {
  return (
    <Stack gap={2}>
      <Text fw={500}>{finding.message}</Text>
      <Group gap={6}>
        {finding.source.tags.map((tag) => (
          <Badge key={tag} size="sm" variant="outline" color="gray" title="Evidence tag (REFERENCE.md)">
            [{tag}]
          </Badge>
        ))}
        <Text size="xs" c="dimmed">
          {finding.source.citation} · {finding.rule}
        </Text>
      </Group>
    </Stack>
  );
}

/** Decision banner, findings grouped by severity, the medication review and the tasks. */
export function ScreeningResultView({ result }: { readonly result: ScreeningResult }): ReactNode {
  const b = banner[result.decision];
  const groups = (['hard-stop', 'soft-stop', 'warning', 'info'] as const).map((severity) => ({
    severity,
    items: result.findings.filter((f) => f.severity === severity),
  }));
  return (
    <Stack gap="md">
      <Alert
        color={b.color}
        variant="filled"
        title={`${b.title} · ${result.protocol.id}@${String(result.protocol.version)}`}
        role="status"
        aria-label="Screening decision"
      >
        {b.text}
      </Alert>
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <Paper
            key={g.severity}
            withBorder
            p="md"
            aria-label={severityTitle[g.severity]}
            style={{ borderLeft: `4px solid var(--mantine-color-${severityColor[g.severity]}-6)` }}
          >
            <Title order={3} size="h5" mb="xs">
              <Badge color={severityColor[g.severity]} mr="xs">
                {g.items.length}
              </Badge>
              {severityTitle[g.severity]}
            </Title>
            <Stack gap="sm">
              {g.items.map((f, i) => (
                <FindingLine key={`${f.rule}-${String(i)}`} finding={f} />
              ))}
            </Stack>
          </Paper>
        ))}
      {result.findings.length === 0 ? <Text c="dimmed">No findings.</Text> : null}
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          Medication review
        </Title>
        <Table striped aria-label="Medication review">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Medication</Table.Th>
              <Table.Th>Classes</Table.Th>
              <Table.Th>mg/day</Table.Th>
              <Table.Th>Diazepam eq. mg/day</Table.Th>
              <Table.Th>Action</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.medications.map((m, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  {m.name}
                  {m.recognised ? null : (
                    <Badge ml="xs" color="orange">
                      Not recognised — review
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{m.classes.join(', ') || '—'}</Table.Td>
                <Table.Td>{m.dailyDoseMg ?? '—'}</Table.Td>
                <Table.Td>{m.diazepamEquivalentMgPerDay ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={m.action === 'continue' ? 'teal' : m.action === 'monitor' ? 'blue' : 'orange'}
                  >
                    {m.action}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" mt="xs">
          Benzodiazepines total: <b>{result.diazepamEquivalent.totalMgPerDay} mg/day diazepam equivalent</b>
          {result.diazepamEquivalent.complete ? '' : ' (at least: some doses could not be converted)'}
        </Text>
      </Paper>
      {result.tasks.length > 0 ? (
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            Tasks before treatment
          </Title>
          <List>
            {result.tasks.map((t) => (
              <List.Item key={t}>{t.replace(/-/g, ' ')}</List.Item>
            ))}
          </List>
        </Paper>
      ) : null}
    </Stack>
  );
}
