import type { Appointment } from '@chairside/contract';
import { Badge, Text, UnstyledButton } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { hhmm, minuteOf, statusColors, typeLabels } from '../clinic-clock';
import './AppointmentBlock.css';

interface Props {
  readonly appointment: Appointment;
  readonly timeZone: string;
  readonly style: CSSProperties;
  readonly onOpen: (appointment: Appointment) => void;
}

/** One appointment on the grid: patient, type, time and status; booked ones can be dragged to move. */
export function AppointmentBlock({ appointment: a, timeZone, style, onOpen }: Props): ReactNode {
  const start = minuteOf(a.startsAt, timeZone);
  const draggable = a.status === 'booked';
  return (
    <UnstyledButton
      className={`appointment-block appointment-${a.type} status-${a.status}`}
      style={style}
      draggable={draggable}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/appointment-id', a.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onClick={() => {
        onOpen(a);
      }}
      aria-label={`${a.patientName ?? 'Patient'}, ${typeLabels[a.type] ?? a.type}, ${hhmm(start)}–${hhmm(start + a.lengthMin)}, ${a.status.replace('_', '-')}`}
    >
      <Text size="xs" fw={700} lineClamp={1}>
        {a.patientName}
      </Text>
      <Text size="xs" lineClamp={1}>
        {hhmm(start)}–{hhmm(start + a.lengthMin)} · {typeLabels[a.type]}
      </Text>
      {a.status === 'booked' ? null : (
        <Badge size="xs" color={statusColors[a.status]} variant="filled">
          {a.status.replace('_', '-')}
        </Badge>
      )}
    </UnstyledButton>
  );
}
