import type { Appointment, ClinicSetup } from '@chairside/contract';
import { Alert, Button, Container, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { messageOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { AppointmentDetailsModal } from '../AppointmentDetailsModal/AppointmentDetailsModal';
import { BookAppointmentModal } from '../BookAppointmentModal/BookAppointmentModal';
import { addDaysIso, clinicDateOf, instantAt, mondayOf, todayIn } from '../clinic-clock';
import { ScheduleGrid, type GridColumn } from '../DayGrid/DayGrid';
import { useAppointments, useClinicSetup, useMove } from '../scheduling-api';

type Settings = NonNullable<ClinicSetup['settings']>;
const weekdayNames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const dayLabel = (date: string): string =>
  new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

function hoursSpan(settings: Settings): { start: number; end: number } {
  const toMin = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const opens = settings.weeklyHours.map((h) => toMin(h.opensAt));
  const closes = settings.weeklyHours.map((h) => toMin(h.closesAt));
  return {
    start: Math.floor(Math.min(7 * 60, ...opens) / 60) * 60,
    end: Math.ceil(Math.max(19 * 60, ...closes) / 60) * 60,
  };
}

function columnsFor(
  view: string,
  date: string,
  chairId: string | null,
  setup: ClinicSetup,
  items: readonly Appointment[],
  tz: string,
): GridColumn[] {
  if (view === 'day') {
    const chairs = setup.chairs.filter((c) => c.active || items.some((a) => a.chairId === c.id));
    const cols: GridColumn[] = chairs.map((c) => ({
      key: c.id,
      label: c.name,
      chairId: c.id,
      date,
      appointments: items.filter((a) => a.chairId === c.id),
    }));
    cols.push({
      key: 'none',
      label: 'No chair (visits)',
      chairId: null,
      date,
      appointments: items.filter((a) => a.chairId === null),
    });
    return cols;
  }
  const monday = mondayOf(date);
  return weekdayNames.map((_, i) => {
    const day = addDaysIso(monday, i);
    return {
      key: day,
      label: dayLabel(day),
      chairId,
      date: day,
      appointments: items.filter((a) => a.chairId === chairId && clinicDateOf(a.startsAt, tz) === day),
    };
  });
}

/** The clinic schedule: a day per chair, or a week of one chair; drag a booking to move it. */
export function SchedulePage(): ReactNode {
  const setup = useClinicSetup();
  const settings = setup.data?.settings ?? null;
  const tz = settings?.timeZone ?? 'UTC';
  const [date, setDate] = useState(() => todayIn(tz));
  const [view, setView] = useState('day');
  const [weekChair, setWeekChair] = useState<string | null>(null);
  const [open, setOpen] = useState<Appointment | null>(null);
  const [booking, setBooking] = useState(false);
  const [moveError, setMoveError] = useState<string | null>(null);
  const firstDay = view === 'day' ? date : mondayOf(date);
  const lastDay = addDaysIso(firstDay, view === 'day' ? 1 : 7);
  const appointments = useAppointments(instantAt(firstDay, 0, tz), instantAt(lastDay, 0, tz));
  const move = useMove();
  const chairId = weekChair ?? setup.data?.chairs.find((c) => c.active)?.id ?? null;
  const columns = useMemo(
    () => (setup.data && appointments.data ? columnsFor(view, date, chairId, setup.data, appointments.data, tz) : []),
    [view, date, chairId, setup.data, appointments.data, tz],
  );

  if (setup.isError) {
    return <ErrorAlert error={setup.error} title="The schedule could not be loaded" />;
  }
  if (setup.data && settings === null) {
    return (
      <Container py="xl">
        <Alert color="yellow" title="The clinic is not set up yet">
          An administrator must set the time zone, opening hours and chairs (Clinic set-up) before booking.
        </Alert>
      </Container>
    );
  }
  const span = settings ? hoursSpan(settings) : { start: 7 * 60, end: 19 * 60 };
  const onDropMove = (id: string, column: GridColumn, minute: number): void => {
    const a = appointments.data?.find((x) => x.id === id);
    if (!a) {
      return;
    }
    setMoveError(null);
    move.mutate(
      { id, startsAt: instantAt(column.date, minute, tz), chairId: column.chairId, version: a.version },
      {
        onError: (error) => {
          setMoveError(`${a.patientName ?? 'The appointment'} was not moved: ${messageOf(error)}`);
        },
      },
    );
  };
  return (
    <Container size="xl" py="md">
      <PageHeader
        title="Schedule"
        description={`Clinic time (${tz}). Drag a booking to move it; click it for details.`}
      />
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Button
              variant="default"
              aria-label={view === 'day' ? 'Previous day' : 'Previous week'}
              onClick={() => {
                setDate(addDaysIso(date, view === 'day' ? -1 : -7));
              }}
            >
              <IconChevronLeft size={18} />
            </Button>
            <TextInput
              type="date"
              aria-label="Date"
              value={date}
              onChange={(e) => {
                if (e.currentTarget.value) {
                  setDate(e.currentTarget.value);
                }
              }}
            />
            <Button
              variant="default"
              aria-label={view === 'day' ? 'Next day' : 'Next week'}
              onClick={() => {
                setDate(addDaysIso(date, view === 'day' ? 1 : 7));
              }}
            >
              <IconChevronRight size={18} />
            </Button>
            <Button
              variant="subtle"
              onClick={() => {
                setDate(todayIn(tz));
              }}
            >
              Today
            </Button>
            <Text fw={600}>{view === 'day' ? dayLabel(date) : `Week of ${dayLabel(firstDay)}`}</Text>
          </Group>
          <Group gap="xs">
            <SegmentedControl
              aria-label="View"
              value={view}
              onChange={setView}
              data={[
                { value: 'day', label: 'Day' },
                { value: 'week', label: 'Week' },
              ]}
            />
            {view === 'week' ? (
              <Select
                aria-label="Chair"
                w={150}
                value={chairId}
                onChange={setWeekChair}
                data={(setup.data?.chairs ?? []).map((c) => ({ value: c.id, label: c.name }))}
              />
            ) : null}
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => {
                setBooking(true);
              }}
            >
              Book appointment
            </Button>
          </Group>
        </Group>
        {moveError ? (
          <Alert
            color="red"
            role="alert"
            withCloseButton
            onClose={() => {
              setMoveError(null);
            }}
            title="Move refused"
          >
            {moveError}
          </Alert>
        ) : null}
        {appointments.isError ? <ErrorAlert error={appointments.error} /> : null}
        <ScheduleGrid
          columns={columns}
          timeZone={tz}
          dayStartMin={span.start}
          dayEndMin={span.end}
          onOpen={setOpen}
          onDropMove={onDropMove}
        />
      </Stack>
      {open && setup.data ? (
        <AppointmentDetailsModal
          appointment={open}
          setup={setup.data}
          onClose={() => {
            setOpen(null);
          }}
        />
      ) : null}
      {booking && setup.data ? (
        <BookAppointmentModal
          setup={setup.data}
          initialDate={date}
          onClose={() => {
            setBooking(false);
          }}
        />
      ) : null}
    </Container>
  );
}
