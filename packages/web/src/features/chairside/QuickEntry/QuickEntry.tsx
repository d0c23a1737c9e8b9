import { Paper, SegmentedControl, Stack } from '@mantine/core';
import type { SessionDetail } from '@chairside/contract';
import { useState, type ReactNode } from 'react';
import { AdverseEventForm } from './AdverseEventForm';
import { DeviceForm } from './DeviceForm';
import { MedicationForm } from './MedicationForm';
import { ObservationForm } from './ObservationForm';
import { SedationForm } from './SedationForm';
import { TitrationForm } from './TitrationForm';
import { VitalsForm } from './VitalsForm';

type Tab = 'vitals' | 'check' | 'titration' | 'devices' | 'medication' | 'observation' | 'adverse';

/** Everything a nurse records at the chair, one large tap away. */
export function QuickEntry({ detail }: { readonly detail: SessionDetail }): ReactNode {
  const { session } = detail;
  const dosing = session.state === 'dosing';
  const esketamine = session.route === 'intranasal';
  const tabs: { value: Tab; label: string }[] = [
    { value: 'vitals', label: 'Vitals' },
    { value: 'check', label: 'MOAA/S · CADSS' },
    ...(dosing ? [{ value: 'titration' as const, label: session.route === 'iv' ? 'Titration' : 'End dosing' }] : []),
    ...(esketamine && dosing ? [{ value: 'devices' as const, label: 'Devices' }] : []),
    { value: 'medication', label: 'Medication' },
    { value: 'observation', label: 'Observation' },
    { value: 'adverse', label: 'Adverse event' },
  ];
  const [tab, setTab] = useState<Tab>('vitals');
  const active = tabs.some((t) => t.value === tab) ? tab : 'vitals';
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="sm">
        <SegmentedControl
          fullWidth
          size="md"
          orientation="horizontal"
          aria-label="Quick entry"
          data={tabs}
          value={active}
          onChange={(v) => {
            setTab(v);
          }}
          styles={{ root: { flexWrap: 'wrap' }, label: { paddingBlock: 10 } }}
        />
        {active === 'vitals' ? <VitalsForm sessionId={session.id} /> : null}
        {active === 'check' ? <SedationForm sessionId={session.id} /> : null}
        {active === 'titration' ? <TitrationForm detail={detail} /> : null}
        {active === 'devices' ? <DeviceForm detail={detail} /> : null}
        {active === 'medication' ? <MedicationForm sessionId={session.id} /> : null}
        {active === 'observation' ? <ObservationForm sessionId={session.id} /> : null}
        {active === 'adverse' ? <AdverseEventForm sessionId={session.id} /> : null}
      </Stack>
    </Paper>
  );
}
