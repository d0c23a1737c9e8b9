import type { Appointment, ClinicSetup } from '@chairside/contract';
import { Badge, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { clinicDateOf, hhmm, instantAt, minuteOf, statusColors, typeLabels } from '../clinic-clock';
import { useCloseAppointment, useMove } from '../scheduling-api';
import { useAuth } from '../../../app/auth/auth-context';
import { StartSessionButton } from '../../chairside/StartSession/StartSessionButton';

interface Props {
  readonly appointment: Appointment;
  readonly setup: ClinicSetup;
  readonly onClose: () => void;
}

/** One appointment: what it is, and (while booked) move, cancel or no-show with a reason. */
export function AppointmentDetailsModal({ appointment: a, setup, onClose }: Props): ReactNode {
  const tz = setup.settings?.timeZone ?? 'UTC';
  const start = minuteOf(a.startsAt, tz);
  const [date, setDate] = useState(clinicDateOf(a.startsAt, tz));
  const [time, setTime] = useState(hhmm(start));
  const [chairId, setChairId] = useState<string | null>(a.chairId);
  const [reason, setReason] = useState('');
  const move = useMove();
  const close = useCloseAppointment();
  const booked = a.status === 'booked';
  const { me } = useAuth();
  const clinician = me?.role === 'physician' || me?.role === 'nurse';
  const toMinute = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return (
    <Modal opened onClose={onClose} title={`${a.patientName ?? 'Patient'} · ${typeLabels[a.type] ?? a.type}`} size="lg">
      <Stack gap="sm">
        <Group gap="xs">
          <Badge color={statusColors[a.status]}>{a.status.replace('_', '-')}</Badge>
          <Text size="sm">
            {clinicDateOf(a.startsAt, tz)} {hhmm(start)}–{hhmm(start + a.lengthMin)} ({a.lengthMin} min) ·{' '}
            {a.chairName ?? 'no chair'} · MRN {a.patientMrn}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          Booked by {a.bookedByUsername}
          {a.therapistName ? ` · therapist ${a.therapistName} (${a.location})` : ''}
          {a.statusReason ? ` · reason: ${a.statusReason}` : ''}
        </Text>
        {a.override ? (
          <Text size="sm" c="orange.8">
            Spacing override recorded: {(a.override as { reason?: string }).reason}
          </Text>
        ) : null}
        {booked && clinician && a.type === 'dosing_session' ? (
          <Group justify="flex-end">
            <StartSessionButton body={{ appointmentId: a.id }} />
          </Group>
        ) : null}
        {booked ? (
          <>
            <Group align="flex-end" gap="xs">
              <TextInput
                type="date"
                label="Date"
                value={date}
                onChange={(e) => {
                  setDate(e.currentTarget.value);
                }}
              />
              <TextInput
                type="time"
                step={900}
                label="Start"
                value={time}
                onChange={(e) => {
                  setTime(e.currentTarget.value);
                }}
              />
              <Select
                label="Chair"
                clearable
                value={chairId}
                onChange={setChairId}
                data={setup.chairs.filter((c) => c.active).map((c) => ({ value: c.id, label: c.name }))}
              />
              <Button
                loading={move.isPending}
                onClick={() => {
                  move.mutate(
                    { id: a.id, startsAt: instantAt(date, toMinute(time), tz), chairId, version: a.version },
                    { onSuccess: onClose },
                  );
                }}
              >
                Move
              </Button>
            </Group>
            {move.isError ? <ErrorAlert error={move.error} title="Move refused" /> : null}
            <Textarea
              label="Reason (for cancel or no-show)"
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
              }}
              maxLength={500}
            />
            <Group justify="flex-end">
              {(['cancelled', 'no_show'] as const).map((status) => (
                <Button
                  key={status}
                  color={status === 'cancelled' ? 'red' : 'orange'}
                  variant="light"
                  disabled={reason.trim() === ''}
                  loading={close.isPending}
                  onClick={() => {
                    close.mutate(
                      { id: a.id, status, reason: reason.trim(), version: a.version },
                      { onSuccess: onClose },
                    );
                  }}
                >
                  {status === 'cancelled' ? 'Cancel appointment' : 'Mark no-show'}
                </Button>
              ))}
            </Group>
            {close.isError ? <ErrorAlert error={close.error} /> : null}
          </>
        ) : null}
      </Stack>
    </Modal>
  );
}
