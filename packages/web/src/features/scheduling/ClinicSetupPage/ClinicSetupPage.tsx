import type { ClinicSetup } from '@chairside/contract';
import { Button, Card, Checkbox, Container, Group, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { useClinicSetup, useSaveChair, useSaveClinicSettings } from '../scheduling-api';

type WeekdayCode = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
const weekdays: WeekdayCode[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
interface DayRow {
  open: boolean;
  opensAt: string;
  closesAt: string;
}

function HoursForm({ setup }: { readonly setup: ClinicSetup }): ReactNode {
  const s = setup.settings;
  const [timeZone, setTimeZone] = useState(s?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [days, setDays] = useState<Record<WeekdayCode, DayRow>>(
    () =>
      Object.fromEntries(
        weekdays.map((d) => {
          const h = s?.weeklyHours.find((x) => x.weekday === d);
          return [d, { open: h !== undefined, opensAt: h?.opensAt ?? '08:00', closesAt: h?.closesAt ?? '18:00' }];
        }),
      ) as Record<WeekdayCode, DayRow>,
  );
  const [closed, setClosed] = useState(s?.closedDates ?? []);
  const [newDate, setNewDate] = useState('');
  const [newReason, setNewReason] = useState('');
  const save = useSaveClinicSettings();
  const set = (d: WeekdayCode, change: Partial<DayRow>): void => {
    setDays({ ...days, [d]: { ...days[d], ...change } });
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Time zone and opening hours
      </Title>
      <Stack gap="xs">
        <TextInput
          label="Time zone (IANA)"
          description="Opening hours and 'same calendar day' spacing use it"
          value={timeZone}
          onChange={(e) => {
            setTimeZone(e.currentTarget.value);
          }}
          w={300}
        />
        <Table aria-label="Opening hours">
          <Table.Tbody>
            {weekdays.map((d) => (
              <Table.Tr key={d}>
                <Table.Td>
                  <Checkbox
                    label={d}
                    checked={days[d].open}
                    onChange={(e) => {
                      set(d, { open: e.currentTarget.checked });
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    type="time"
                    aria-label={`${d} opens`}
                    disabled={!days[d].open}
                    value={days[d].opensAt}
                    onChange={(e) => {
                      set(d, { opensAt: e.currentTarget.value });
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    type="time"
                    aria-label={`${d} closes`}
                    disabled={!days[d].open}
                    value={days[d].closesAt}
                    onChange={(e) => {
                      set(d, { closesAt: e.currentTarget.value });
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text fw={600}>Closed dates</Text>
        {closed.map((c) => (
          <Group key={c.date} gap="xs">
            <Text size="sm">
              {c.date} — {c.reason}
            </Text>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => {
                setClosed(closed.filter((x) => x.date !== c.date));
              }}
            >
              Remove
            </Button>
          </Group>
        ))}
        <Group align="flex-end" gap="xs">
          <TextInput
            type="date"
            label="Date"
            value={newDate}
            onChange={(e) => {
              setNewDate(e.currentTarget.value);
            }}
          />
          <TextInput
            label="Reason"
            value={newReason}
            onChange={(e) => {
              setNewReason(e.currentTarget.value);
            }}
          />
          <Button
            variant="light"
            disabled={newDate === '' || newReason.trim() === ''}
            onClick={() => {
              setClosed([...closed, { date: newDate, reason: newReason.trim() }]);
              setNewDate('');
              setNewReason('');
            }}
          >
            Add closed date
          </Button>
        </Group>
        {save.isError ? <ErrorAlert error={save.error} title="Not saved" /> : null}
        <Group justify="flex-end">
          <Button
            loading={save.isPending}
            onClick={() => {
              save.mutate({
                timeZone,
                weeklyHours: weekdays
                  .filter((d) => days[d].open)
                  .map((d) => ({ weekday: d, opensAt: days[d].opensAt, closesAt: days[d].closesAt })),
                closedDates: closed,
                version: s?.version ?? null,
              });
            }}
          >
            Save hours
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ChairsForm({ setup }: { readonly setup: ClinicSetup }): ReactNode {
  const [name, setName] = useState('');
  const save = useSaveChair();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Chairs and rooms
      </Title>
      <Table aria-label="Chairs">
        <Table.Tbody>
          {setup.chairs.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>
                <Switch
                  label="In use"
                  checked={c.active}
                  onChange={(e) => {
                    save.mutate({ id: c.id, name: c.name, active: e.currentTarget.checked, version: c.version });
                  }}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group align="flex-end" gap="xs" mt="sm">
        <TextInput
          label="New chair or room"
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
          }}
          maxLength={100}
        />
        <Button
          variant="light"
          disabled={name.trim() === ''}
          onClick={() => {
            save.mutate(
              { name: name.trim() },
              {
                onSuccess: () => {
                  setName('');
                },
              },
            );
          }}
        >
          Add
        </Button>
      </Group>
      {save.isError ? <ErrorAlert error={save.error} /> : null}
    </Card>
  );
}

/** Admin: the clinic's time zone, opening hours, closed dates and chairs. */
export function ClinicSetupPage(): ReactNode {
  const setup = useClinicSetup();
  return (
    <Container size="md" py="md">
      <PageHeader
        title="Clinic set-up"
        description="Bookings outside these hours, on closed dates or on a chair not in use are refused."
      />
      {setup.isError ? <ErrorAlert error={setup.error} /> : null}
      {setup.data ? (
        <Stack>
          <HoursForm key={setup.data.settings?.version ?? 0} setup={setup.data} />
          <ChairsForm setup={setup.data} />
        </Stack>
      ) : null}
    </Container>
  );
}
