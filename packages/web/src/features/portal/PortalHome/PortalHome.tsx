import type { PortalAssignmentView, PortalSubmitResult } from '@chairside/contract';
import { Alert, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconClipboardCheck, IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useAuth } from '../../../app/auth/auth-context';
import { formatDate } from '../../../lib/format';
import { CrisisResources } from '../CrisisResources/CrisisResources';
import { useMyQuestionnaires, useMyScores } from '../portal-api';
import { PortalGoals } from '../PortalGoals/PortalGoals';
import { PortalVisits } from '../PortalVisits/PortalVisits';
import { QuestionnaireRunner } from '../QuestionnaireRunner/QuestionnaireRunner';

/** The patient's home: questionnaires to do, appointments and instructions, and their own scores. */
export function PortalHome(): ReactNode {
  const { me, signOut } = useAuth();
  const [active, setActive] = useState<PortalAssignmentView | null>(null);
  const [result, setResult] = useState<PortalSubmitResult | null>(null);
  if (active) {
    return (
      <QuestionnaireRunner
        assignment={active}
        onCancel={() => {
          setActive(null);
        }}
        onDone={(r) => {
          setActive(null);
          setResult(r);
        }}
      />
    );
  }
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1} size="h2">
          Hello, {me?.displayName}
        </Title>
        <Button variant="default" onClick={() => void signOut('user')}>
          Sign out
        </Button>
      </Group>
      {result?.crisisResources ? <CrisisResources resources={result.crisisResources} /> : null}
      {result && !result.crisisResources ? (
        <Alert
          color="green"
          icon={<IconClipboardCheck />}
          title="Thank you — your answers were sent"
          withCloseButton
          onClose={() => {
            setResult(null);
          }}
        >
          {result.score.total !== null
            ? `Your ${result.score.scaleName} score: ${String(result.score.total)}${result.score.bandLabel ? ` (${result.score.bandLabel})` : ''}.`
            : 'Some questions were skipped, so no score was calculated.'}
        </Alert>
      ) : null}
      <ToDo
        onStart={(a) => {
          setResult(null);
          setActive(a);
        }}
      />
      <PortalVisits />
      <PortalGoals />
      <ScoreHistory />
      <Card withBorder padding="lg">
        <Group gap="sm" mb={4}>
          <IconDownload aria-hidden />
          <Title order={2} size="h4">
            Your record
          </Title>
        </Group>
        <Text c="dimmed" mb="sm">
          Download everything the clinic holds about you, in the FHIR format other clinics and apps can read.
        </Text>
        <Button
          component="a"
          href="/api/portal/record"
          download
          variant="light"
          leftSection={<IconDownload size={18} />}
        >
          Download my record
        </Button>
      </Card>
    </Stack>
  );
}

function ToDo({ onStart }: { readonly onStart: (a: PortalAssignmentView) => void }): ReactNode {
  const list = useMyQuestionnaires();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        Questionnaires to complete
      </Title>
      {list.isPending ? (
        <Loader aria-label="Loading" />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.data.length === 0 ? (
        <Text c="dimmed">Nothing to do right now.</Text>
      ) : (
        list.data.map((a) => (
          <Button
            key={a.id}
            size="xl"
            fullWidth
            className="portal-answer"
            onClick={() => {
              onStart(a);
            }}
          >
            {a.scale.abbreviation} — due {formatDate(a.dueDate)}
          </Button>
        ))
      )}
    </Stack>
  );
}

function ScoreHistory(): ReactNode {
  const scores = useMyScores();
  if (scores.isPending || scores.isError || scores.data.length === 0) {
    return null;
  }
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        My scores
      </Title>
      <Text size="sm" c="dimmed">
        <IconInfoCircle size={14} aria-hidden /> Lower scores mean fewer symptoms. Talk to your care team about what
        they mean for you.
      </Text>
      <Table striped fz="md" aria-label="My scores">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Questionnaire</Table.Th>
            <Table.Th>Score</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...scores.data].reverse().map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{formatDate(s.takenAt.slice(0, 10))}</Table.Td>
              <Table.Td>{s.scaleName}</Table.Td>
              <Table.Td fw={700}>
                {s.total ?? 'not scored'}
                {s.bandLabel ? ` · ${s.bandLabel}` : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
