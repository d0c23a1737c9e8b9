import type { ClinicDashboardView } from '@chairside/contract';
import {
  Alert,
  Anchor,
  Badge,
  Card,
  Center,
  Container,
  Group,
  Loader,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { formatDate, formatDateTime } from '../../../lib/format';
import { localDate, useClinicDashboard } from '../dashboard-api';
import { LedgerAttention } from '../LedgerAttention/LedgerAttention';

const presets = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '12 months' },
  { value: 'custom', label: 'Custom' },
];

const pct = (value: number | null): string => (value === null ? '—' : `${String(value)} %`);

/** The clinic at a glance for physicians and administrators: outcomes, completion and what is overdue. */
export function DashboardPage(): ReactNode {
  const [preset, setPreset] = useState('90');
  const [custom, setCustom] = useState({ from: localDate(90), to: localDate(0) });
  const period = preset === 'custom' ? custom : { from: localDate(Number(preset) - 1), to: localDate(0) };
  const dashboard = useClinicDashboard(period);
  return (
    <Container size="xl" py="md">
      <PageHeader title="Clinic dashboard" description="Outcomes and follow-up across the clinic" />
      <Group mb="md" align="flex-end" gap="sm">
        <SegmentedControl value={preset} onChange={setPreset} data={presets} aria-label="Period" />
        {preset === 'custom' ? (
          <>
            <TextInput
              type="date"
              label="From"
              value={custom.from}
              onChange={(e) => {
                setCustom({ ...custom, from: e.currentTarget.value });
              }}
            />
            <TextInput
              type="date"
              label="To"
              value={custom.to}
              onChange={(e) => {
                setCustom({ ...custom, to: e.currentTarget.value });
              }}
            />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {formatDate(period.from)} – {formatDate(period.to)}
          </Text>
        )}
      </Group>
      {dashboard.isPending ? (
        <Center py="xl">
          <Loader aria-label="Loading the dashboard" />
        </Center>
      ) : dashboard.isError ? (
        <ErrorAlert error={dashboard.error} title="The dashboard could not be loaded" />
      ) : (
        <DashboardBody d={dashboard.data} />
      )}
    </Container>
  );
}

function DashboardBody({ d }: { readonly d: ClinicDashboardView }): ReactNode {
  return (
    <Stack gap="lg">
      <UrgentTasks d={d} />
      {d.ledger === null ? null : <LedgerAttention ledger={d.ledger} />}
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label="Active courses" value={String(d.activeCourses.length)} />
        <Figure
          label="Session attendance"
          value={pct(d.attendance.attendanceRatePct)}
          detail={`${String(d.attendance.completed)} attended · ${String(d.attendance.noShow)} no-show`}
        />
        <Figure
          label="Questionnaires completed"
          value={pct(d.questionnaires.completionRatePct)}
          detail={`${String(d.questionnaires.completed)} of ${String(d.questionnaires.due)} due`}
        />
        <Figure
          label="Overdue questionnaires"
          value={String(d.overdueQuestionnaires.length)}
          tone={d.overdueQuestionnaires.length > 0 ? 'orange' : undefined}
        />
      </SimpleGrid>
      <ProtocolTable d={d} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <OverdueTable d={d} />
        <ActiveCourses d={d} />
      </SimpleGrid>
    </Stack>
  );
}

function Figure(props: {
  readonly label: string;
  readonly value: string;
  readonly detail?: string;
  readonly tone?: string | undefined;
}): ReactNode {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {props.label}
      </Text>
      <Text fz={32} fw={700} {...(props.tone === undefined ? {} : { c: props.tone })}>
        {props.value}
      </Text>
      {props.detail === undefined ? null : (
        <Text size="sm" c="dimmed">
          {props.detail}
        </Text>
      )}
    </Card>
  );
}

function UrgentTasks({ d }: { readonly d: ClinicDashboardView }): ReactNode {
  if (d.urgentTasks.length === 0) {
    return null;
  }
  return (
    <Alert
      color="red"
      variant="filled"
      icon={<IconAlertTriangle />}
      title={`${String(d.urgentTasks.length)} urgent task${d.urgentTasks.length === 1 ? '' : 's'}`}
      aria-label="Urgent tasks"
    >
      <Stack gap={4}>
        {d.urgentTasks.map((task) => (
          <Text key={task.id} c="white">
            <Anchor component={Link} to={`/patients/${task.patient.id}/outcomes`} c="white" fw={700} underline="always">
              {task.patient.name}
            </Anchor>{' '}
            — {task.title} · {formatDateTime(task.createdAt)}
          </Text>
        ))}
        <Anchor component={Link} to="/tasks" c="white" underline="always">
          Open the task list
        </Anchor>
      </Stack>
    </Alert>
  );
}

function ProtocolTable({ d }: { readonly d: ClinicDashboardView }): ReactNode {
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="xs">
        Response and remission by protocol
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-label="Outcomes by protocol">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Protocol</Table.Th>
              <Table.Th>Scale</Table.Th>
              <Table.Th ta="right">Active</Table.Th>
              <Table.Th ta="right">Evaluated</Table.Th>
              <Table.Th ta="right">Response</Table.Th>
              <Table.Th ta="right">Remission</Table.Th>
              <Table.Th ta="right">Courses ended</Table.Th>
              <Table.Th ta="right">Completed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.protocols.map((p) => (
              <Table.Tr key={p.protocolId}>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {p.protocolId}
                  </Text>
                </Table.Td>
                <Table.Td>{p.scaleName}</Table.Td>
                <Table.Td ta="right">{p.activeCourses}</Table.Td>
                <Table.Td ta="right" title={`${String(p.notEvaluable)} without a baseline or a score in the period`}>
                  {p.evaluated}
                </Table.Td>
                <Table.Td ta="right" fw={700}>
                  {pct(p.responseRatePct)}{' '}
                  <Text span size="xs" c="dimmed">
                    ({p.responders})
                  </Text>
                </Table.Td>
                <Table.Td ta="right" fw={700}>
                  {pct(p.remissionRatePct)}{' '}
                  <Text span size="xs" c="dimmed">
                    ({p.remitters})
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{p.coursesEnded}</Table.Td>
                <Table.Td ta="right">{pct(p.completionRatePct)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt="xs">
        Each course counts once, by its last score in the period against its baseline (the last score before its first
        session). Courses without a baseline or a score in the period are not counted. Completed = courses completed of
        those that ended in the period. [{d.rule.source.tag}] {d.rule.source.citation} ({d.rule.id}@{d.rule.version})
      </Text>
    </Card>
  );
}

function OverdueTable({ d }: { readonly d: ClinicDashboardView }): ReactNode {
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="xs">
        Overdue questionnaires
      </Title>
      {d.overdueQuestionnaires.length === 0 ? (
        <Text c="dimmed">None overdue.</Text>
      ) : (
        <Table striped aria-label="Overdue questionnaires">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Patient</Table.Th>
              <Table.Th>Questionnaire</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th ta="right">Days late</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.overdueQuestionnaires.map((o) => (
              <Table.Tr key={o.assignmentId}>
                <Table.Td>
                  <Anchor component={Link} to={`/patients/${o.patient.id}/outcomes`}>
                    {o.patient.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{o.scaleName}</Table.Td>
                <Table.Td>{formatDate(o.dueDate)}</Table.Td>
                <Table.Td ta="right">
                  <Badge color={o.daysOverdue > 7 ? 'red' : 'orange'} variant="light">
                    {o.daysOverdue}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function ActiveCourses({ d }: { readonly d: ClinicDashboardView }): ReactNode {
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="xs">
        Active courses
      </Title>
      {d.activeCourses.length === 0 ? (
        <Text c="dimmed">No active course.</Text>
      ) : (
        <Table striped aria-label="Active courses">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Patient</Table.Th>
              <Table.Th>Protocol</Table.Th>
              <Table.Th ta="right">Sessions done / target</Table.Th>
              <Table.Th ta="right">Booked</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.activeCourses.map((c) => (
              <Table.Tr key={c.courseId}>
                <Table.Td>
                  <Anchor component={Link} to={`/patients/${c.patient.id}/course`}>
                    {c.patient.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {c.protocolId} · {c.phase}
                </Table.Td>
                <Table.Td ta="right">
                  {c.sessionsCompleted} / {c.targetSessions}
                </Table.Td>
                <Table.Td ta="right">{c.sessionsBooked}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
