import type { ExportJobView } from '@chairside/contract';
import { Anchor, Badge, Button, Container, Group, Loader, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconFileExport } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { exportDownloadUrl, useExports, useStartExport } from '../exports-api';

const statusColour: Readonly<Record<string, string>> = {
  done: 'green',
  failed: 'red',
  running: 'blue',
  queued: 'gray',
};

function megabytes(bytes: number | null): string {
  return bytes === null ? '' : `${(bytes / 1_048_576).toFixed(bytes < 1_048_576 ? 2 : 1)} MB`;
}

function JobRow({ job }: { readonly job: ExportJobView }): ReactNode {
  const pct = job.total > 0 ? Math.round((job.done / job.total) * 100) : job.status === 'done' ? 100 : 0;
  return (
    <Table.Tr>
      <Table.Td>{job.createdAt.slice(0, 16).replace('T', ' ')}</Table.Td>
      <Table.Td>{job.requestedByUsername}</Table.Td>
      <Table.Td>
        <Badge color={statusColour[job.status] ?? 'gray'} variant="light">
          {job.status}
        </Badge>
      </Table.Td>
      <Table.Td miw={180}>
        {job.status === 'running' || job.status === 'queued' ? (
          <Stack gap={2}>
            <Progress value={pct} aria-label={`Export progress ${String(pct)}%`} />
            <Text size="xs" c="dimmed">
              {job.stage}: {job.done} of {job.total} patients
            </Text>
          </Stack>
        ) : job.status === 'failed' ? (
          <Text size="sm" c="red">
            {job.error}
          </Text>
        ) : (
          <Text size="sm">
            {job.counts
              ? `${String(job.counts['Patient.ndjson'] ?? 0)} patients, ${String(Object.keys(job.counts).length)} files`
              : ''}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {job.status === 'done' ? (
          <Anchor href={exportDownloadUrl(job.id)} download>
            <Group gap={4} wrap="nowrap">
              <IconDownload size={16} aria-hidden />
              Download ({megabytes(job.bytes)})
            </Group>
          </Anchor>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

/** Full export of every record: runs in the background, with progress, then downloads as a zip. */
export function ExportPage(): ReactNode {
  const jobs = useExports();
  const start = useStartExport();
  const running = jobs.data?.some((j) => j.status === 'queued' || j.status === 'running') ?? false;
  return (
    <Container size="lg" py="lg">
      <PageHeader
        title="Export"
        description="Everything the clinic holds: patients, scores, courses, appointments, monitor readings and the audit log, as FHIR R4 NDJSON (one file per resource type) and CSV, in one zip."
        actions={
          <Button
            leftSection={<IconFileExport size={18} aria-hidden />}
            loading={start.isPending}
            disabled={running}
            onClick={() => {
              start.mutate(undefined);
            }}
          >
            Start full export
          </Button>
        }
      />
      <Stack gap="md">
        {start.isError ? <ErrorAlert error={start.error} title="The export did not start" /> : null}
        <Text size="sm" c="dimmed">
          The export runs in small batches beside the clinic&apos;s work. The file holds every patient&apos;s record:
          keep it as safe as the database.
        </Text>
        <Paper withBorder>
          {jobs.isPending ? (
            <Group justify="center" p="md">
              <Loader aria-label="Loading exports" />
            </Group>
          ) : jobs.isError ? (
            <ErrorAlert error={jobs.error} title="Exports could not be loaded" />
          ) : jobs.data.length === 0 ? (
            <Text p="md" c="dimmed">
              No exports yet.
            </Text>
          ) : (
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Started (UTC)</Table.Th>
                  <Table.Th>By</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Progress</Table.Th>
                  <Table.Th>File</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {jobs.data.map((job) => (
                  <JobRow key={job.id} job={job} />
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      </Stack>
    </Container>
  );
}
