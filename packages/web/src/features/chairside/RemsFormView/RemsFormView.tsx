import { Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useRemsForm } from '../chairside-api';

function show(value: unknown): string {
  if (value === null || value === undefined) {
    return '–';
  }
  if (typeof value === 'boolean') {
    return value ? 'Yes' : 'No';
  }
  if (typeof value === 'string' || typeof value === 'number') {
    return String(value);
  }
  if (Array.isArray(value)) {
    return value.map(show).join('; ');
  }
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${label(k)}: ${show(v)}`)
    .join(', ');
}

function label(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

/** The SPRAVATO REMS patient monitoring form data, built from the session (REFERENCE.md §3.4). */
export function RemsFormView({ sessionId }: { readonly sessionId: string }): ReactNode {
  const form = useRemsForm(sessionId, true);
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label="REMS patient monitoring form">
      <Stack gap="sm">
        <Title order={2} size="h3">
          REMS patient monitoring form
        </Title>
        {form.isPending ? <Loader size="sm" aria-label="Loading the REMS form" /> : null}
        {form.isError ? <ErrorAlert error={form.error} title="The REMS form could not be built" /> : null}
        {form.data === undefined ? null : (
          <Table fz="sm" striped>
            <Table.Tbody>
              {Object.entries(form.data).map(([key, value]) => (
                <Table.Tr key={key}>
                  <Table.Th w="35%">{label(key)}</Table.Th>
                  <Table.Td>{show(value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="xs" c="dimmed">
          Submit through the SPRAVATO REMS portal; this page shows the data the session produced.
        </Text>
      </Stack>
    </Paper>
  );
}
