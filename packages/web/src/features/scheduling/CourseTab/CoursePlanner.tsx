import type { BookingProblem, ClinicSetup, CourseDetail } from '@chairside/contract';
import { Alert, Button, Chip, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { addDaysIso, clinicDateOf, hhmm, instantAt, minuteOf, todayIn } from '../clinic-clock';
import { bookingProblemsOf, useBook, useProposeCalendar } from '../scheduling-api';

interface Slot {
  readonly date: string;
  readonly time: string;
  readonly chairId: string | null;
}
type WeekdayCode = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
const weekdays: WeekdayCode[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const toMinute = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Proposes the remaining induction sessions, lets staff adjust each slot, then books all or none. */
export function CoursePlanner({
  detail,
  setup,
}: {
  readonly detail: CourseDetail;
  readonly setup: ClinicSetup;
}): ReactNode {
  const tz = setup.settings?.timeZone ?? 'UTC';
  const chairs = setup.chairs.filter((c) => c.active).map((c) => ({ value: c.id, label: c.name }));
  const [firstDate, setFirstDate] = useState(addDaysIso(todayIn(tz), 1));
  const [days, setDays] = useState<string[]>(['mon', 'wed', 'fri']);
  const [time, setTime] = useState('09:00');
  const [chairId, setChairId] = useState<string | null>(chairs[0]?.value ?? null);
  const [slots, setSlots] = useState<Slot[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const propose = useProposeCalendar(detail.course.id);
  const book = useBook();
  const problems: BookingProblem[] = bookingProblemsOf(book.error);
  const onPropose = (): void => {
    book.reset();
    propose.mutate(
      { firstDate, allowedWeekdays: weekdays.filter((d) => days.includes(d)), startTime: time, chairId },
      {
        onSuccess: (p) => {
          setNotes(p.notes);
          setSlots(
            p.slots.map((s) => ({
              date: clinicDateOf(s.startsAt, tz),
              time: hhmm(minuteOf(s.startsAt, tz)),
              chairId: s.chairId,
            })),
          );
        },
      },
    );
  };
  const update = (i: number, change: Partial<Slot>): void => {
    setSlots(slots.map((s, j) => (j === i ? { ...s, ...change } : s)));
  };
  const bookAll = (): void => {
    book.mutate(
      {
        slots: slots.map((s) => ({
          patientId: detail.course.patientId,
          type: 'dosing_session',
          chairId: s.chairId,
          courseId: detail.course.id,
          startsAt: instantAt(s.date, toMinute(s.time), tz),
        })),
      },
      {
        onSuccess: () => {
          setSlots([]);
        },
      },
    );
  };
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Plan the remaining sessions
      </Title>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          type="date"
          label="First date"
          value={firstDate}
          onChange={(e) => {
            setFirstDate(e.currentTarget.value);
          }}
        />
        <TextInput
          type="time"
          step={900}
          label="Time"
          value={time}
          onChange={(e) => {
            setTime(e.currentTarget.value);
          }}
        />
        <Select label="Chair" w={140} value={chairId} onChange={setChairId} data={chairs} />
        <Button variant="light" onClick={onPropose} loading={propose.isPending}>
          Propose calendar
        </Button>
      </Group>
      <Chip.Group multiple value={days} onChange={setDays}>
        <Group gap={6} aria-label="Allowed weekdays">
          {weekdays.map((d) => (
            <Chip key={d} value={d} size="xs">
              {d}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {propose.isError ? <ErrorAlert error={propose.error} /> : null}
      {notes.map((n) => (
        <Text key={n} size="sm" c="orange.8">
          {n}
        </Text>
      ))}
      {slots.length > 0 ? (
        <>
          <Table withTableBorder aria-label="Proposed sessions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>Date</Table.Th>
                <Table.Th>Start</Table.Th>
                <Table.Th>Chair</Table.Th>
                <Table.Th>Problems</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {slots.map((s, i) => {
                const mine = problems.filter((p) => p.slot === i);
                return (
                  <Table.Tr key={i} {...(mine.length > 0 ? { bg: 'red.0' } : {})}>
                    <Table.Td>{detail.booked + i + 1}</Table.Td>
                    <Table.Td>
                      <TextInput
                        type="date"
                        aria-label={`Session ${i + 1} date`}
                        value={s.date}
                        onChange={(e) => {
                          update(i, { date: e.currentTarget.value });
                        }}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        type="time"
                        step={900}
                        aria-label={`Session ${i + 1} start`}
                        value={s.time}
                        onChange={(e) => {
                          update(i, { time: e.currentTarget.value });
                        }}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`Session ${i + 1} chair`}
                        w={120}
                        value={s.chairId}
                        onChange={(v) => {
                          update(i, { chairId: v });
                        }}
                        data={chairs}
                      />
                    </Table.Td>
                    <Table.Td>
                      {mine.map((p, k) => (
                        <Text key={k} size="xs" c="red.8">
                          {p.message}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="gray"
                        onClick={() => {
                          setSlots(slots.filter((_, j) => j !== i));
                        }}
                      >
                        Remove
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {book.isError ? (
            <Alert color="red" role="alert" title="Nothing was booked">
              {problems.length > 0
                ? `${problems.length} problem(s) in ${new Set(problems.map((p) => p.slot)).size} slot(s); fix them and book again.`
                : book.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button onClick={bookAll} loading={book.isPending}>
              Book all {slots.length}
            </Button>
          </Group>
        </>
      ) : null}
    </Stack>
  );
}
