import { Stack, Switch, Text } from '@mantine/core';
import { cadss6AnswerKeys, getScale } from '@chairside/domain';
import { useState, type ReactNode } from 'react';
import { useRecordSedation } from '../chairside-api';
import { ChoiceButtons } from '../ChoiceButtons/ChoiceButtons';
import { instantOf, recorded, SubmitRow, WhenInput } from './entry-kit';

type CadssKey = (typeof cadss6AnswerKeys)[number];

const moaasChoices = [...getScale('moaa-s').answerOptions]
  .reverse()
  .map((o) => ({ value: o.value, label: String(o.value), hint: o.label }));
const cadssChoices = [0, 1, 2, 3, 4].map((v) => ({ value: v, label: String(v) }));

/** A sedation check: MOAA/S (Chernik 1990), and optionally the CADSS-6 items (0–4 each). */
export function SedationForm({ sessionId }: { readonly sessionId: string }): ReactNode {
  const record = useRecordSedation(sessionId);
  const [moaas, setMoaas] = useState<number | null>(null);
  const [withCadss, setWithCadss] = useState(false);
  const [cadss, setCadss] = useState<Partial<Record<CadssKey, number>>>({});
  const [when, setWhen] = useState('');
  const cadssComplete = cadss6AnswerKeys.every((k) => cadss[k] !== undefined);
  const ready = moaas !== null && (!withCadss || cadssComplete);
  const submit = (): void => {
    if (moaas === null) {
      return;
    }
    const items = withCadss
      ? {
          cadss6: {
            item1: cadss.item1 ?? 0,
            item2: cadss.item2 ?? 0,
            item6: cadss.item6 ?? 0,
            item7: cadss.item7 ?? 0,
            item15: cadss.item15 ?? 0,
            item22: cadss.item22 ?? 0,
          },
        }
      : {};
    record.mutate(
      { takenAt: instantOf(when), moaasScore: moaas, ...items },
      {
        onSuccess: () => {
          recorded(`Check recorded: MOAA/S ${moaas}`);
          setMoaas(null);
          setCadss({});
          setWithCadss(false);
          setWhen('');
        },
      },
    );
  };
  return (
    <Stack gap="sm" aria-label="Sedation check">
      <ChoiceButtons label="MOAA/S" choices={moaasChoices} value={moaas} onChange={setMoaas} columns={3} />
      <Switch
        size="lg"
        label="Add CADSS-6"
        checked={withCadss}
        onChange={(e) => {
          setWithCadss(e.currentTarget.checked);
        }}
      />
      {withCadss ? (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            Items of the 23-item CADSS, each 0–4; use the instrument for the wording. All six are needed.
          </Text>
          {cadss6AnswerKeys.map((key) => (
            <ChoiceButtons
              key={key}
              label={`CADSS item ${key.replace('item', '')}`}
              choices={cadssChoices}
              value={cadss[key] ?? null}
              onChange={(v) => {
                setCadss((c) => ({ ...c, [key]: v }));
              }}
            />
          ))}
        </Stack>
      ) : null}
      <WhenInput value={when} onChange={setWhen} />
      <SubmitRow
        label="Record check"
        disabled={!ready}
        pending={record.isPending}
        error={record.error}
        onSubmit={submit}
      />
    </Stack>
  );
}
