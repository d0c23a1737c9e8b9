import { Anchor, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { sessionSummaryUrl, useRemsForm } from '../chairside-api';

/**
 * The SPRAVATO REMS patient monitoring form items from the session record (REFERENCE.md §3.4).
 * Items Chairside does not hold are shown as not recorded, to be completed on the REMS portal.
 */
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
              {form.data.fields.map((f) => (
                <Table.Tr key={f.key}>
                  <Table.Th w="40%" scope="row">
                    {f.label}
                  </Table.Th>
                  <Table.Td>
                    {f.value ?? (
                      <Text span size="sm" c="orange.8" fw={600}>
                        Not recorded in Chairside
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="xs" c="dimmed">
          Submit through the SPRAVATO REMS portal; complete the items marked not recorded there. The same data is also
          in the{' '}
          <Anchor size="xs" href={sessionSummaryUrl(sessionId)} target="_blank" rel="noopener">
            session summary PDF
          </Anchor>
          .
        </Text>
      </Stack>
    </Paper>
  );
}
