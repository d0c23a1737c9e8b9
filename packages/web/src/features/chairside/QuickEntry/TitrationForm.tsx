import { Stack, Text } from '@mantine/core';
import type { SessionDetail } from '@chairside/contract';
import { useState, type ReactNode } from 'react';
import { useRecordTitration, useTransition } from '../chairside-api';
import { ChoiceButtons } from '../ChoiceButtons/ChoiceButtons';
import { BigNumber, instantOf, recorded, SubmitRow, WhenInput } from './entry-kit';
import { ReasonInput } from './ReasonInput';

type Kind = 'rate' | 'pause' | 'resume' | 'stop';

const reasons: Readonly<Record<Kind, readonly string[]>> = {
  rate: ['Protocol step', 'BP rising', 'Dissociation', 'Patient comfort'],
  pause: ['BP above limit', 'Oversedation', 'Nausea', 'Patient request'],
  resume: [],
  stop: ['Planned dose complete', 'Adverse event', 'Patient request'],
};

const labels: Readonly<Record<Kind, string>> = {
  rate: 'Rate change',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
};

/**
 * Titration for an IV infusion (rate change with reason, pause, resume, stop); for other routes
 * the end of dosing. Pause, resume and stop move the session's state.
 */
export function TitrationForm({ detail }: { readonly detail: SessionDetail }): ReactNode {
  const { session } = detail;
  const id = session.id;
  const titrate = useRecordTitration(id);
  const transition = useTransition(id);
  const paused = session.dosingSubState === 'paused';
  const kinds: Kind[] = paused ? ['resume', 'stop'] : ['rate', 'pause', 'stop'];
  const [kind, setKind] = useState<Kind>(kinds[0] ?? 'pause');
  const active = kinds.includes(kind) ? kind : (kinds[0] ?? 'pause');
  const [rate, setRate] = useState<number | ''>('');
  const [reason, setReason] = useState('');
  const [when, setWhen] = useState('');

  if (session.route !== 'iv') {
    return (
      <Stack gap="sm">
        <Text>
          {session.route === 'intranasal' ? 'Esketamine' : 'IM'} dosing has no infusion rate. When the dose is given,
          end dosing to start recovery.
        </Text>
        <SubmitRow
          label="End dosing → recovery"
          disabled={false}
          pending={transition.isPending}
          error={transition.error}
          onSubmit={() => {
            transition.mutate(
              { event: 'end-dosing' },
              {
                onSuccess: () => {
                  recorded('Dosing ended; recovery started');
                },
              },
            );
          }}
        />
      </Stack>
    );
  }

  const needsReason = active !== 'resume';
  const ready = (active !== 'rate' || rate !== '') && (!needsReason || reason.trim() !== '');
  const submit = (): void => {
    titrate.mutate(
      {
        kind: active,
        at: instantOf(when),
        ...(active === 'rate' && rate !== '' ? { rateMlPerHour: rate } : {}),
        ...(needsReason ? { reason: reason.trim() } : {}),
      },
      {
        onSuccess: () => {
          recorded(`${labels[active]} recorded`);
          setReason('');
          setRate('');
          setWhen('');
        },
      },
    );
  };
  return (
    <Stack gap="sm" aria-label="Titration">
      <ChoiceButtons
        label="Titration"
        choices={kinds.map((k) => ({ value: k, label: labels[k] }))}
        value={active}
        onChange={(k) => {
          setKind(k);
          setReason('');
        }}
      />
      <Text size="sm" c="dimmed">
        Current rate: {detail.dose.currentRateMlPerHour === null ? '–' : `${detail.dose.currentRateMlPerHour} mL/h`}
        {paused ? ' · paused' : ''}
      </Text>
      {active === 'rate' ? (
        <BigNumber label="New rate" unit="mL/h" value={rate} onChange={setRate} min={0} max={10_000} decimals />
      ) : null}
      {needsReason ? (
        <ReasonInput label="Reason" value={reason} onChange={setReason} suggestions={reasons[active]} />
      ) : null}
      <WhenInput value={when} onChange={setWhen} />
      <SubmitRow
        label={active === 'stop' ? 'Stop infusion' : labels[active]}
        colour={active === 'stop' ? 'red' : active === 'pause' ? 'orange' : 'blue'}
        disabled={!ready}
        pending={titrate.isPending}
        error={titrate.error}
        onSubmit={submit}
      />
    </Stack>
  );
}
