import type { ImportPreviewView } from '@chairside/contract';
import {
  Alert,
  Badge,
  Button,
  Container,
  FileInput,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { useConfirmImport, usePreviewImport } from '../imports-api';

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }): ReactNode {
  return (
    <Paper withBorder p="md">
      <Group gap="xs" mb="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Badge variant="light">{count}</Badge>
      </Group>
      {count === 0 ? <Text c="dimmed">None in this bundle.</Text> : children}
    </Paper>
  );
}

function PreviewView({ preview }: { preview: ImportPreviewView }): ReactNode {
  const p = preview.patient as Record<string, string | undefined> | null;
  return (
    <Stack gap="md">
      {preview.problems.length > 0 ? (
        <Alert color="red" title="This bundle cannot be imported" role="alert">
          <List>
            {preview.problems.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {preview.possibleDuplicates.length > 0 ? (
        <Alert color="yellow" title="A patient with this name and birth date is already registered">
          {preview.possibleDuplicates.map((d) => (
            <Text key={d.id}>
              <Link to={`/patients/${d.id}`}>{d.name}</Link> · {d.mrn} · born {d.dateOfBirth}
            </Text>
          ))}
        </Alert>
      ) : null}
      {p ? (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            Patient to register
          </Title>
          <Text fw={600} size="lg">
            {p['legalGivenName']} {p['legalFamilyName']}
          </Text>
          <Text>
            Born {p['dateOfBirth']} · sex at birth {p['sexAtBirth']}
            {p['phone'] ? ` · ${p['phone']}` : ''}
          </Text>
          {p['city'] ? (
            <Text c="dimmed">
              {[p['addressLine'], p['city'], p['region'], p['postalCode']].filter(Boolean).join(', ')}
            </Text>
          ) : null}
        </Paper>
      ) : null}
      {preview.notes.length > 0 ? (
        <Alert color="blue" title="Please note">
          <List>
            {preview.notes.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Section title="Conditions" count={preview.conditions.length}>
        <List>
          {preview.conditions.map((c, i) => (
            <List.Item key={i}>
              {c.text}
              {c.onsetDate ? ` (since ${c.onsetDate})` : ''}
              {c.clinicalStatus ? ` · ${c.clinicalStatus}` : ''}
            </List.Item>
          ))}
        </List>
      </Section>
      <Section title="Medications" count={preview.medications.length}>
        <List>
          {preview.medications.map((m, i) => (
            <List.Item key={i}>
              {m.name}
              {m.dose !== undefined ? ` · ${String(m.dose)} ${m.unit ?? ''}` : ''}
              {m.frequency ? ` · ${m.frequency}` : ''}
            </List.Item>
          ))}
        </List>
      </Section>
      <Section title="Allergies" count={preview.allergies.length}>
        <List>
          {preview.allergies.map((a, i) => (
            <List.Item key={i}>
              {a.substance}
              {a.reaction ? ` · ${a.reaction}` : ''}
            </List.Item>
          ))}
        </List>
      </Section>
      <Section title="Skipped" count={preview.skipped.length}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Resource</Table.Th>
              <Table.Th>Why it is not imported</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.skipped.map((s, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  {s.resourceType}
                  {s.id ? `/${s.id}` : ''}
                </Table.Td>
                <Table.Td>{s.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
    </Stack>
  );
}

/** Import a patient from another system's FHIR R4 Bundle: preview first, then register. */
export function ImportPage(): ReactNode {
  const [bundle, setBundle] = useState<unknown>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const preview = usePreviewImport();
  const confirm = useConfirmImport();
  const navigate = useNavigate();

  const onFile = async (file: File | null): Promise<void> => {
    setReadError(null);
    preview.reset();
    if (!file) {
      setBundle(null);
      return;
    }
    try {
      const parsed: unknown = JSON.parse(await file.text());
      setBundle(parsed);
      preview.mutate(parsed);
    } catch {
      setReadError(`${file.name} is not a JSON file.`);
    }
  };

  return (
    <Container size="md" py="lg">
      <PageHeader
        title="Import a patient"
        description="A FHIR R4 Bundle of one patient (for example exported by another clinic's system). You see what will be created before anything is saved."
      />
      <Stack gap="md">
        <FileInput
          label="FHIR Bundle (.json)"
          placeholder="Choose a file"
          accept="application/json,application/fhir+json,.json"
          leftSection={<IconFileImport size={16} aria-hidden />}
          onChange={(file) => void onFile(file)}
          clearable
        />
        {readError ? <ErrorAlert error={null} message={readError} title="The file could not be read" /> : null}
        {preview.isError ? <ErrorAlert error={preview.error} title="The bundle could not be previewed" /> : null}
        {preview.isPending ? <Text c="dimmed">Reading the bundle…</Text> : null}
        {preview.data ? <PreviewView preview={preview.data} /> : null}
        {confirm.isError ? <ErrorAlert error={confirm.error} title="The import failed; nothing was saved" /> : null}
        {preview.data?.problems.length === 0 ? (
          <Group justify="flex-end">
            <Button
              loading={confirm.isPending}
              onClick={() => {
                confirm.mutate(bundle, {
                  onSuccess: (result) => void navigate(`/patients/${result.patientId}`),
                });
              }}
            >
              Register patient and import
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Container>
  );
}
