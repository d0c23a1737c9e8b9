import type { Appointment, Chair } from '@chairside/contract';
import { useState, type CSSProperties, type DragEvent, type ReactNode } from 'react';
import { AppointmentBlock } from '../AppointmentBlock/AppointmentBlock';
import { hhmm, minuteOf, slotMin } from '../clinic-clock';

export const rowHeightPx = 22;

export interface GridColumn {
  readonly key: string;
  readonly label: string;
  /** The chair a drop in this column moves to (null = no chair); undefined = dropping here is not a move target. */
  readonly chairId: string | null;
  readonly date: string;
  readonly appointments: readonly Appointment[];
}

interface Props {
  readonly columns: readonly GridColumn[];
  readonly timeZone: string;
  readonly dayStartMin: number;
  readonly dayEndMin: number;
  readonly onOpen: (appointment: Appointment) => void;
  readonly onDropMove: (appointmentId: string, column: GridColumn, minute: number) => void;
}

/** Columns (chairs of a day, or days of a chair) × 15-minute rows; drop an appointment to move it. */
export function ScheduleGrid({ columns, timeZone, dayStartMin, dayEndMin, onOpen, onDropMove }: Props): ReactNode {
  const [dropKey, setDropKey] = useState<string | null>(null);
  const rows = Math.ceil((dayEndMin - dayStartMin) / slotMin);
  const height = rows * rowHeightPx;
  const lines: CSSProperties = {
    height,
    backgroundImage: `repeating-linear-gradient(to bottom, var(--mantine-color-gray-2) 0 1px, transparent 1px ${rowHeightPx}px), repeating-linear-gradient(to bottom, var(--mantine-color-gray-4) 0 1px, transparent 1px ${rowHeightPx * 4}px)`,
  };
  const drop = (event: DragEvent<HTMLDivElement>, column: GridColumn): void => {
    event.preventDefault();
    setDropKey(null);
    const id = event.dataTransfer.getData('text/appointment-id');
    const y = event.clientY - event.currentTarget.getBoundingClientRect().top;
    const minute = dayStartMin + Math.max(0, Math.floor(y / rowHeightPx)) * slotMin;
    if (id !== '') {
      onDropMove(id, column, minute);
    }
  };
  return (
    <div
      className="schedule-grid"
      style={{ gridTemplateColumns: `56px repeat(${columns.length}, minmax(140px, 1fr))` }}
    >
      <div className="schedule-head" aria-hidden />
      {columns.map((c) => (
        <div key={c.key} className="schedule-head">
          {c.label}
        </div>
      ))}
      <div style={{ position: 'relative', height }}>
        {Array.from({ length: rows / 4 + 1 }, (_, i) => (
          <div
            key={i}
            className="schedule-gutter-label"
            style={{ position: 'absolute', top: i * 4 * rowHeightPx, right: 0 }}
          >
            {hhmm(dayStartMin + i * 60)}
          </div>
        ))}
      </div>
      {columns.map((c) => (
        <div
          key={c.key}
          className={`schedule-col${dropKey === c.key ? ' schedule-drop-active' : ''}`}
          style={lines}
          data-column={c.label}
          onDragOver={(event) => {
            event.preventDefault();
            setDropKey(c.key);
          }}
          onDragLeave={() => {
            setDropKey(null);
          }}
          onDrop={(event) => {
            drop(event, c);
          }}
        >
          {c.appointments.map((a) => (
            <AppointmentBlock
              key={a.id}
              appointment={a}
              timeZone={timeZone}
              onOpen={onOpen}
              style={{
                top: ((minuteOf(a.startsAt, timeZone) - dayStartMin) / slotMin) * rowHeightPx,
                height: Math.max(rowHeightPx, (a.lengthMin / slotMin) * rowHeightPx - 2),
              }}
            />
          ))}
        </div>
      ))}
    </div>
  );
}

export type { Chair };
