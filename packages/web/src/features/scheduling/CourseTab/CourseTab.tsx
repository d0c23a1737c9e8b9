import type { Course } from '@chairside/contract';
import { Badge, Button, Card, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useAuth } from '../../../app/auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { statusColors, typeLabels } from '../clinic-clock';
import { useClinicSetup, useCourse, useExtendCourse, usePatientCourses, useStartCourse } from '../scheduling-api';
import { CoursePlanner } from './CoursePlanner';

type ProtocolCode = Course['protocolId'];

function StartCourseForm({ patientId }: { readonly patientId: string }): ReactNode {
  const [protocolId, setProtocolId] = useState<ProtocolCode>('iv-depression');
  const [target, setTarget] = useState<number | string>(6);
  const [perWeek, setPerWeek] = useState<string | null>('2');
  const start = useStartCourse(patientId);
  const labelSet = protocolId === 'in-esketamine-trd';
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        Start a treatment course
      </Title>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <Select
          label="Protocol"
          value={protocolId}
          allowDeselect={false}
          onChange={(v) => {
            if (v) {
              setProtocolId(v);
            }
          }}
          data={['iv-depression', 'iv-pain', 'im-depression', 'in-esketamine-trd']}
        />
        <NumberInput label="Target sessions" min={1} max={52} w={130} value={target} onChange={setTarget} />
        <Select
          label="Sessions per week"
          w={150}
          disabled={labelSet}
          value={labelSet ? null : perWeek}
          onChange={setPerWeek}
          data={['1', '2', '3', '4', '5']}
          placeholder={labelSet ? 'Set by the label' : ''}
        />
        <Button
          loading={start.isPending}
          onClick={() => {
            start.mutate({
              protocolId,
              phase: 'induction',
              targetSessions: Number(target),
              sessionsPerWeek: labelSet || perWeek === null ? null : Number(perWeek),
            });
          }}
        >
          Start induction
        </Button>
      </Group>
      {start.isError ? <ErrorAlert error={start.error} /> : null}
    </Card>
  );
}

function ExtendForm({ courseId }: { readonly courseId: string }): ReactNode {
  const [sessions, setSessions] = useState<number | string>(1);
  const [reason, setReason] = useState('');
  const extend = useExtendCourse(courseId);
  return (
    <Group align="flex-end" gap="xs">
      <NumberInput label="Extra sessions" min={1} max={12} w={120} value={sessions} onChange={setSessions} />
      <TextInput
        label="Documented reason"
        w={340}
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
        }}
        maxLength={500}
      />
      <Button
        variant="light"
        disabled={reason.trim() === ''}
        loading={extend.isPending}
        onClick={() => {
          extend.mutate(
            { additionalSessions: Number(sessions), reason: reason.trim() },
            {
              onSuccess: () => {
                setReason('');
              },
            },
          );
        }}
      >
        Extend course
      </Button>
      {extend.isError ? <ErrorAlert error={extend.error} /> : null}
    </Group>
  );
}

function CourseCard({ courseId }: { readonly courseId: string }): ReactNode {
  const detail = useCourse(courseId);
  const setup = useClinicSetup();
  const { me } = useAuth();
  if (detail.isError) {
    return <ErrorAlert error={detail.error} />;
  }
  if (!detail.data || !setup.data) {
    return null;
  }
  const { course, booked, capacity, slotPlan, sessions, events } = detail.data;
  const active = course.status === 'active';
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {course.protocolId} · {course.phase}
          </Title>
          <Badge size="lg" color={active ? 'blue' : 'gray'}>
            {course.status}
          </Badge>
        </Group>
        <Text aria-label="Sessions booked of allowed" fw={600}>
          Sessions booked {booked} / {capacity}
          {capacity > course.targetSessions ? ` (target ${course.targetSessions}, extended)` : ''}
        </Text>
        <Text size="sm" c="dimmed">
          {course.sessionsPerWeek ? `${course.sessionsPerWeek} per week · ` : ''}Each session holds a chair{' '}
          {slotPlan.lengthMin} min ({slotPlan.explanation}).
        </Text>
        {sessions.length > 0 ? (
          <Table aria-label="Course sessions">
            <Table.Tbody>
              {sessions.map((s, i) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{formatDateTime(s.startsAt)}</Table.Td>
                  <Table.Td>{typeLabels[s.type]}</Table.Td>
                  <Table.Td>
                    <Badge color={statusColors[s.status]}>{s.status}</Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {active && booked < capacity && me?.role !== 'admin' ? (
          <CoursePlanner detail={detail.data} setup={setup.data} />
        ) : null}
        {active && me?.role === 'physician' ? <ExtendForm courseId={course.id} /> : null}
        <Text size="xs" c="dimmed">
          History: {events.map((e) => `${e.kind} by ${e.byUsername}${e.reason ? ` (${e.reason})` : ''}`).join(' · ')}
        </Text>
      </Stack>
    </Card>
  );
}

/** The chart's Course tab: the patient's courses, planning and booking the induction, extensions. */
export function CourseTab({ patientId }: { readonly patientId: string }): ReactNode {
  const courses = usePatientCourses(patientId);
  const { me } = useAuth();
  if (courses.isError) {
    return <ErrorAlert error={courses.error} />;
  }
  const list = courses.data ?? [];
  return (
    <Stack>
      {list.length === 0 ? (
        <Text c="dimmed">No treatment course yet.{me?.role === 'physician' ? '' : ' A physician starts one.'}</Text>
      ) : null}
      {me?.role === 'physician' && !list.some((c) => c.status === 'active') ? (
        <StartCourseForm patientId={patientId} />
      ) : null}
      {list.map((c) => (
        <CourseCard key={c.id} courseId={c.id} />
      ))}
    </Stack>
  );
}
