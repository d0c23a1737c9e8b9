import { Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useClinicSetup, usePatientCourses } from '../../scheduling/scheduling-api';
import { StartSessionButton } from '../StartSession/StartSessionButton';
import { SessionHistory } from './SessionHistory';

/** The chart's sessions tab: the patient's sessions (past and active), and starting one at a chair. */
export function SessionsTab({ patientId }: { readonly patientId: string }): ReactNode {
  const courses = usePatientCourses(patientId);
  const setup = useClinicSetup();
  const active = (courses.data ?? []).filter((c) => c.status === 'active');
  const [courseId, setCourseId] = useState<string | null>(null);
  const [chair, setChair] = useState<string | null>(null);
  const course = courseId ?? active[0]?.id ?? null;
  return (
    <Stack gap="md" maw={880}>
      <SessionHistory patientId={patientId} />
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Treatment session
          </Title>
          {active.length === 0 ? (
            <Text>The patient has no active treatment course. Start one on the Course tab first.</Text>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                Usually a session starts from the dosing appointment on the Schedule. Start one here for a walk-in on an
                active course.
              </Text>
              <Group grow align="flex-end">
                <Select
                  label="Course"
                  size="md"
                  data={active.map((c) => ({ value: c.id, label: `${c.protocolId} · ${c.phase}` }))}
                  value={course}
                  allowDeselect={false}
                  onChange={setCourseId}
                />
                <Select
                  label="Chair"
                  size="md"
                  placeholder="Choose a chair"
                  data={(setup.data?.chairs ?? []).filter((c) => c.active).map((c) => c.name)}
                  value={chair}
                  onChange={setChair}
                />
              </Group>
              <Group justify="flex-end">
                <StartSessionButton
                  body={{
                    patientId,
                    ...(course === null ? {} : { courseId: course }),
                    ...(chair === null ? {} : { chairName: chair }),
                  }}
                  disabled={course === null || chair === null}
                />
              </Group>
            </>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
