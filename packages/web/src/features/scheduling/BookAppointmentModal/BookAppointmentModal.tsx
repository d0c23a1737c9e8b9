import type { ClinicSetup } from '@chairside/contract';
import { dosingSlotPlanFor, appointmentTypeRules } from '@chairside/domain';
import { Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { usePatient, usePatientSearch } from '../../patients/patients-api';
import { instantAt, typeLabels } from '../clinic-clock';
import { bookingProblemsOf, useBook, usePatientCourses } from '../scheduling-api';

interface Props {
  readonly setup: ClinicSetup;
  readonly initialDate: string;
  readonly onClose: () => void;
}

type TypeCode = 'dosing_session' | 'consultation' | 'follow_up' | 'integration';

/** Book one appointment: patient search, type, chair and start; the length comes from the type or protocol. */
export function BookAppointmentModal({ setup, initialDate, onClose }: Props): ReactNode {
  const tz = setup.settings?.timeZone ?? 'UTC';
  const [query, setQuery] = useState('');
  const [patientId, setPatientId] = useState<string | null>(null);
  const [type, setType] = useState<TypeCode>('follow_up');
  const [chairId, setChairId] = useState<string | null>(null);
  const [date, setDate] = useState(initialDate);
  const [time, setTime] = useState('09:00');
  const [lengthMin, setLengthMin] = useState<number | string>('');
  const [therapist, setTherapist] = useState<string | null>(null);
  const search = usePatientSearch(query);
  const patient = usePatient(patientId ?? '');
  const courses = usePatientCourses(patientId ?? '');
  const course = courses.data?.find((c) => c.status === 'active');
  const book = useBook();
  const therapists = (patientId ? (patient.data?.careTeam ?? []) : []).filter(
    (m) => m.role === 'therapist' || m.role === 'psychiatrist',
  );
  const length =
    type === 'dosing_session'
      ? course
        ? dosingSlotPlanFor(course.protocolId).lengthMin
        : null
      : typeof lengthMin === 'number'
        ? lengthMin
        : appointmentTypeRules[type].defaultLengthMin;
  const submit = (): void => {
    if (!patientId) {
      return;
    }
    const minute = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
    book.mutate(
      {
        slots: [
          {
            patientId,
            type,
            chairId,
            courseId: type === 'dosing_session' ? (course?.id ?? null) : null,
            startsAt: instantAt(date, minute, tz),
            ...(type !== 'dosing_session' && typeof lengthMin === 'number' ? { lengthMin } : {}),
            ...(therapist ? { therapistName: therapist } : {}),
          },
        ],
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} title="Book appointment" size="lg">
      <Stack gap="sm">
        <Select
          label="Patient"
          placeholder="Type a name or MRN"
          searchable
          required
          searchValue={query}
          onSearchChange={setQuery}
          value={patientId}
          onChange={setPatientId}
          data={(search.data?.items ?? []).map((p) => ({
            value: p.id,
            label: `${p.preferredName ?? p.legalGivenName} ${p.legalFamilyName} · ${p.mrn}`,
          }))}
          filter={({ options }) => options}
        />
        <Select
          label="Type"
          required
          value={type}
          onChange={(v) => {
            if (v) {
              setType(v as TypeCode);
            }
          }}
          data={Object.entries(typeLabels).map(([value, label]) => ({ value, label }))}
          allowDeselect={false}
        />
        {type === 'dosing_session' && patientId ? (
          <Text size="sm" c={course ? 'dimmed' : 'red'}>
            {course
              ? `Course: ${course.protocolId} ${course.phase} (${dosingSlotPlanFor(course.protocolId).explanation})`
              : 'No active course: a physician must start one first (chart → Course).'}
          </Text>
        ) : null}
        {type === 'integration' ? (
          <Select
            label="Therapist (care team)"
            required
            value={therapist}
            onChange={setTherapist}
            data={therapists.map((m) => m.name)}
            placeholder={therapists.length ? 'Choose' : 'No therapist in the care team'}
          />
        ) : null}
        <Group grow>
          <Select
            label="Chair"
            required={type === 'dosing_session'}
            clearable
            value={chairId}
            onChange={setChairId}
            data={setup.chairs.filter((c) => c.active).map((c) => ({ value: c.id, label: c.name }))}
          />
          <TextInput
            type="date"
            label="Date"
            required
            value={date}
            onChange={(e) => {
              setDate(e.currentTarget.value);
            }}
          />
          <TextInput
            type="time"
            step={900}
            label="Start"
            required
            value={time}
            onChange={(e) => {
              setTime(e.currentTarget.value);
            }}
          />
        </Group>
        {type === 'dosing_session' ? (
          <Text size="sm">Length: {length ?? '—'} min (from the protocol)</Text>
        ) : (
          <NumberInput
            label="Length (min)"
            min={5}
            max={480}
            step={15}
            value={lengthMin}
            onChange={setLengthMin}
            placeholder={String(appointmentTypeRules[type].defaultLengthMin ?? '')}
          />
        )}
        {book.isError ? (
          <ErrorAlert error={book.error} title="Not booked">
            {bookingProblemsOf(book.error).length > 1 ? (
              <ul>
                {bookingProblemsOf(book.error).map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
            ) : null}
          </ErrorAlert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button onClick={submit} disabled={!patientId} loading={book.isPending}>
            Book
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
