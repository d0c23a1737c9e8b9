import { Button, Center, Container, Group, Loader, Paper, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { AuditFilters } from '../AuditFilters/AuditFilters';
import { AuditTable } from '../AuditTable/AuditTable';
import { ChainCheckButton, ChainCheckResult } from '../ChainCheck/ChainCheck';
import {
  auditExportUrl,
  emptyAuditFilters,
  useAuditEvents,
  useVerifyChain,
  type AuditFilterValues,
} from '../audit-api';

export function AuditPage(): ReactNode {
  const [filters, setFilters] = useState<AuditFilterValues>(emptyAuditFilters);
  const events = useAuditEvents(filters);
  const verify = useVerifyChain();
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Container size="xl" py="lg">
      <PageHeader
        title="Audit log"
        description="Every sign-in, read and change, newest first. Entries are chained by hash and cannot be edited."
        actions={
          <>
            <ChainCheckButton verify={verify} />
            <Button
              component="a"
              href={auditExportUrl(filters)}
              download
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden />}
            >
              Export CSV
            </Button>
          </>
        }
      />
      <ChainCheckResult verify={verify} />
      <AuditFilters initial={filters} onApply={setFilters} />
      {events.isPending ? (
        <Center py="xl">
          <Loader aria-label="Loading audit events" />
        </Center>
      ) : null}
      {events.isError ? <ErrorAlert error={events.error} title="The audit log could not be loaded" /> : null}
      {events.data === undefined ? null : (
        <Paper withBorder>
          {items.length === 0 ? (
            <Text p="lg" c="dimmed">
              No audit events match these filters.
            </Text>
          ) : (
            <AuditTable events={items} />
          )}
          <Group justify="space-between" px="md" py="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {items.length} {items.length === 1 ? 'event' : 'events'} shown
              {events.hasNextPage ? '' : items.length > 0 ? ' (the oldest is reached)' : ''}
            </Text>
            {events.hasNextPage ? (
              <Button variant="default" loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
                Load older
              </Button>
            ) : null}
          </Group>
        </Paper>
      )}
    </Container>
  );
}
