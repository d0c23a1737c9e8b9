import { Badge, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import {
  bpDeviationPct,
  circulationScore,
  modifiedAldreteRule,
  oxygenationScore,
  type VitalReading,
} from '@chairside/domain';
import { useState, type ReactNode } from 'react';
import { ChoiceButtons, type Choice } from '../ChoiceButtons/ChoiceButtons';

export interface AldreteEntry {
  readonly activity: number;
  readonly respiration: number;
  readonly consciousness: number;
  readonly onSupplementalOxygen: boolean;
}

type Item = 'activity' | 'respiration' | 'consciousness';

const items: readonly { key: Item; label: string; choices: readonly Choice<number>[] }[] = [
  {
    key: 'activity',
    label: 'Activity',
    choices: [
      { value: 2, label: '2', hint: 'moves 4 limbs' },
      { value: 1, label: '1', hint: 'moves 2 limbs' },
      { value: 0, label: '0', hint: 'moves none' },
    ],
  },
  {
    key: 'respiration',
    label: 'Respiration',
    choices: [
      { value: 2, label: '2', hint: 'breathes deeply, coughs' },
      { value: 1, label: '1', hint: 'dyspnoea, shallow' },
      { value: 0, label: '0', hint: 'apnoeic' },
    ],
  },
  {
    key: 'consciousness',
    label: 'Consciousness',
    choices: [
      { value: 2, label: '2', hint: 'fully awake' },
      { value: 1, label: '1', hint: 'arousable on calling' },
      { value: 0, label: '0', hint: 'not responding' },
    ],
  },
];

/**
 * Modified Aldrete entry. The nurse scores activity, respiration and consciousness; circulation
 * and oxygenation are computed from the latest reading and the baseline by the domain's bands,
 * shown here as they will be scored, so the total on screen is the total that is recorded.
 */
export function AldreteForm({
  latest,
  baseline,
  minTotal,
  submitting,
  onSubmit,
}: {
  readonly latest: VitalReading | null;
  readonly baseline: VitalReading | null;
  /** The discharge threshold (DEFAULTS.md §5: 9). */
  readonly minTotal: number;
  readonly submitting: boolean;
  readonly onSubmit: (entry: AldreteEntry) => void;
}): ReactNode {
  const [scores, setScores] = useState<Record<Item, number | null>>({
    activity: null,
    respiration: null,
    consciousness: null,
  });
  const [oxygen, setOxygen] = useState(false);
  const computed =
    latest === null || baseline === null
      ? null
      : {
          circulation: circulationScore(latest, baseline),
          oxygenation: oxygenationScore(latest.spo2Pct, oxygen),
          deviation: bpDeviationPct(latest, baseline),
        };
  const { activity, respiration, consciousness } = scores;
  const complete = activity !== null && respiration !== null && consciousness !== null && computed !== null;
  const total = complete ? activity + respiration + consciousness + computed.circulation + computed.oxygenation : null;

  return (
    <Stack gap="sm" aria-label="Modified Aldrete score">
      {items.map((item) => (
        <ChoiceButtons
          key={item.key}
          label={item.label}
          choices={item.choices}
          value={scores[item.key]}
          onChange={(value) => {
            setScores((s) => ({ ...s, [item.key]: value }));
          }}
        />
      ))}
      <Switch
        size="lg"
        label="On supplemental oxygen"
        checked={oxygen}
        onChange={(e) => {
          setOxygen(e.currentTarget.checked);
        }}
      />
      <Paper withBorder p="sm">
        {computed === null ? (
          <Text c="red" fw={600}>
            Circulation and oxygenation need a baseline and a current vitals reading: record vitals first.
          </Text>
        ) : (
          <Stack gap={2}>
            <Text>
              Circulation <b>{computed.circulation}</b>: BP within {Math.round(computed.deviation)}% of baseline{' '}
              {baseline === null ? '' : `(${baseline.systolicMmHg}/${baseline.diastolicMmHg})`}
            </Text>
            <Text>
              Oxygenation <b>{computed.oxygenation}</b>: SpO2 {latest?.spo2Pct}% {oxygen ? 'on oxygen' : 'on room air'}
            </Text>
          </Stack>
        )}
      </Paper>
      <Group justify="space-between">
        <Group gap="xs">
          <Text fw={700} size="xl">
            Total {total ?? '–'} / 10
          </Text>
          {total === null ? null : (
            <Badge size="lg" color={total >= minTotal ? 'teal' : 'orange'}>
              {total >= minTotal ? `meets ≥${minTotal}` : `below ${minTotal}`}
            </Badge>
          )}
        </Group>
        <Button
          size="lg"
          disabled={!complete}
          loading={submitting}
          onClick={() => {
            if (activity !== null && respiration !== null && consciousness !== null) {
              onSubmit({ activity, respiration, consciousness, onSupplementalOxygen: oxygen });
            }
          }}
        >
          Record Aldrete
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {modifiedAldreteRule.variant}
      </Text>
    </Stack>
  );
}
