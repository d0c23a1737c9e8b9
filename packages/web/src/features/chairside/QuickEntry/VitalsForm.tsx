import { SimpleGrid, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useRecordVitals } from '../chairside-api';
import { BigNumber, instantOf, recorded, SubmitRow, WhenInput } from './entry-kit';

type Num = number | '';

/** Manual vitals: BP, HR, SpO2, RR (EtCO2 where capnography is used). */
export function VitalsForm({
  sessionId,
  onDone,
}: {
  readonly sessionId: string;
  readonly onDone?: () => void;
}): ReactNode {
  const record = useRecordVitals(sessionId);
  const [sys, setSys] = useState<Num>('');
  const [dia, setDia] = useState<Num>('');
  const [hr, setHr] = useState<Num>('');
  const [spo2, setSpo2] = useState<Num>('');
  const [rr, setRr] = useState<Num>('');
  const [etco2, setEtco2] = useState<Num>('');
  const [when, setWhen] = useState('');
  const complete = sys !== '' && dia !== '' && hr !== '' && spo2 !== '' && rr !== '';
  const submit = (): void => {
    if (!complete) {
      return;
    }
    record.mutate(
      {
        takenAt: instantOf(when),
        systolicMmHg: sys,
        diastolicMmHg: dia,
        heartRateBpm: hr,
        spo2Pct: spo2,
        respiratoryRatePerMin: rr,
        ...(etco2 === '' ? {} : { etco2MmHg: etco2 }),
      },
      {
        onSuccess: () => {
          recorded(`Vitals recorded: ${sys}/${dia}, HR ${hr}, SpO2 ${spo2}%`);
          for (const clear of [setSys, setDia, setHr, setSpo2, setRr, setEtco2]) {
            clear('');
          }
          setWhen('');
          onDone?.();
        },
      },
    );
  };
  return (
    <Stack
      gap="sm"
      component="form"
      aria-label="Record vitals"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        <BigNumber label="Systolic" unit="mmHg" value={sys} onChange={setSys} min={40} max={300} />
        <BigNumber label="Diastolic" unit="mmHg" value={dia} onChange={setDia} min={15} max={200} />
        <BigNumber label="Heart rate" unit="/min" value={hr} onChange={setHr} min={20} max={250} />
        <BigNumber label="SpO2" unit="%" value={spo2} onChange={setSpo2} min={1} max={100} />
        <BigNumber label="Resp. rate" unit="/min" value={rr} onChange={setRr} min={0} max={80} />
        <BigNumber label="EtCO2" unit="mmHg" value={etco2} onChange={setEtco2} min={0} max={150} required={false} />
      </SimpleGrid>
      <WhenInput value={when} onChange={setWhen} />
      <SubmitRow
        label="Record vitals"
        disabled={!complete}
        pending={record.isPending}
        error={record.error}
        onSubmit={submit}
      />
    </Stack>
  );
}
