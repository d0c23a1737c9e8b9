import type { DoseResponseView } from '@chairside/contract';
import { Alert, Badge, Button, Card, Group, NumberInput, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconBulb } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useAuth } from '../../../app/auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { usePatientCourses } from '../../scheduling/scheduling-api';
import { useDoseDecision, useDoseResponse } from '../care-plan-api';

const show = (value: number | null, unit = ''): string => (value === null ? '—' : `${String(value)}${unit}`);

/** Per session of the active course: dose, BP rise, dissociation and what the score did next; the next-dose suggestion. */
export function DoseResponsePanel({ patientId }: { readonly patientId: string }): ReactNode {
  const courses = usePatientCourses(patientId);
  const course = courses.data?.find((c) => c.status === 'active');
  const view = useDoseResponse(course?.id);
  if (!course || view.isPending) {
    return null;
  }
  if (view.isError) {
    return <ErrorAlert error={view.error} title="Dose–response could not be loaded" />;
  }
  const d = view.data;
  if (d.rows.length === 0 && d.sessionsWithoutDose === 0) {
    return null;
  }
  return (
    <Card withBorder padding="md" component="section" aria-label="Dose–response">
      <Title order={2} size="h4" mb="xs">
        Dose–response ({d.protocolId}, {d.scaleName})
      </Title>
      {d.findings.map((f) => (
        <Alert key={f.rule} color="orange" icon={<IconAlertTriangle />} title="Review continuation" mb="sm">
          <Text size="sm">{f.message}</Text>
          <Text size="xs" c="dimmed">
            [{f.source.tag}] {f.source.citation} ({f.rule})
          </Text>
        </Alert>
      ))}
      {d.rows.length === 0 ? null : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label="Dose–response by session">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Session</Table.Th>
                <Table.Th ta="right">Dose mg/kg</Table.Th>
                <Table.Th ta="right">Peak SBP (rise)</Table.Th>
                <Table.Th ta="right">CADSS-6</Table.Th>
                <Table.Th ta="right">Next {d.scaleName}</Table.Th>
                <Table.Th ta="right">Change</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.rows.map((r) => (
                <Table.Tr key={r.sessionAt}>
                  <Table.Td>{formatDateTime(r.sessionAt)}</Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {r.doseMgPerKg}
                  </Table.Td>
                  <Table.Td ta="right">
                    {show(r.peakSystolicMmHg)} ({r.peakSbpRiseMmHg === null ? '—' : `+${String(r.peakSbpRiseMmHg)}`})
                  </Table.Td>
                  <Table.Td ta="right">{show(r.cadss6Total)}</Table.Td>
                  <Table.Td ta="right">
                    {r.nextScore ? r.nextScore.total : '—'}{' '}
                    {r.response ? (
                      <Badge size="xs" color="green">
                        response
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">{show(r.changeSincePreviousPoints)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {d.sessionsWithoutDose > 0 ? (
        <Text size="xs" c="dimmed">
          {d.sessionsWithoutDose} session{d.sessionsWithoutDose === 1 ? '' : 's'} without a recorded dose not shown.
        </Text>
      ) : null}
      <Suggestion d={d} courseId={course.id} />
    </Card>
  );
}

function Suggestion({ d, courseId }: { readonly d: DoseResponseView; readonly courseId: string }): ReactNode {
  const { me } = useAuth();
  const decide = useDoseDecision(courseId);
  const [dose, setDose] = useState<number | string>(d.suggestion?.suggestedDoseMgPerKg ?? '');
  const [reason, setReason] = useState('');
  const last = d.decisions.at(-1);
  return (
    <Stack gap="xs" mt="sm">
      {d.suggestion ? (
        <Alert color="blue" variant="light" icon={<IconBulb />} title="Suggested next dose (a physician decides)">
          <Text size="sm">{d.suggestion.reasoning}</Text>
          <Text size="xs" c="dimmed">
            {d.suggestion.rule} · protocol limits {show(d.limits?.minMgPerKg ?? null)}–
            {show(d.limits?.softMaxMgPerKg ?? null)} mg/kg, normal up to {show(d.limits?.normalMaxMgPerKg ?? null)}
          </Text>
        </Alert>
      ) : d.note ? (
        <Text size="sm" c="dimmed">
          {d.note}
        </Text>
      ) : null}
      {last ? (
        <Text size="sm">
          Next dose decided: <b>{last.decidedDoseMgPerKg} mg/kg</b> by {last.by}, {formatDateTime(last.at)}
          {last.reason ? ` — ${last.reason}` : ''}. Enter it in the dose plan before the session.
        </Text>
      ) : null}
      {me?.role === 'physician' && d.suggestion ? (
        <Group align="flex-end" gap="sm">
          <NumberInput
            label="Next dose (mg/kg)"
            w={150}
            min={0}
            step={0.05}
            decimalScale={2}
            value={dose}
            onChange={setDose}
          />
          <Textarea
            label="Reason (needed when changing it or above the normal range)"
            autosize
            minRows={1}
            maxLength={1000}
            style={{ flex: 1, minWidth: 220 }}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
            }}
          />
          <Button
            loading={decide.isPending}
            onClick={() => {
              decide.mutate({
                suggestedDoseMgPerKg: d.suggestion?.suggestedDoseMgPerKg ?? null,
                decidedDoseMgPerKg: typeof dose === 'number' ? dose : Number.NaN,
                reason,
              });
            }}
          >
            Record decision
          </Button>
        </Group>
      ) : null}
      {decide.isError ? <ErrorAlert error={decide.error} title="Not recorded" /> : null}
    </Stack>
  );
}
