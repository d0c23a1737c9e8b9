import { Box, Group, Stack, Text } from '@mantine/core';
import { defaultMonitoringRuleSet, type MonitoredMeasure, type MonitoringPhase } from '@chairside/domain';
import type { VitalReadingView } from '@chairside/contract';
import type { ReactNode } from 'react';
import { bandColour, bandLabel, vitalBand, type VitalBand } from '../vital-bands';
import { worstBand } from './worst-band';

interface Tile {
  readonly label: string;
  readonly value: string;
  readonly unit: string;
  readonly band: VitalBand;
}

function tilesOf(r: VitalReadingView, phase: MonitoringPhase): Tile[] {
  const band = (measure: MonitoredMeasure, value: number | null): VitalBand =>
    vitalBand(defaultMonitoringRuleSet, phase, measure, value);
  const show = (value: number | null): string => (value === null ? '–' : String(Math.round(value)));
  return [
    {
      label: 'BP',
      value: `${show(r.systolicMmHg)}/${show(r.diastolicMmHg)}`,
      unit: 'mmHg',
      band: worstBand([band('systolicMmHg', r.systolicMmHg), band('diastolicMmHg', r.diastolicMmHg)]),
    },
    { label: 'HR', value: show(r.heartRateBpm), unit: '/min', band: band('heartRateBpm', r.heartRateBpm) },
    { label: 'SpO2', value: show(r.spo2Pct), unit: '%', band: band('spo2Pct', r.spo2Pct) },
    {
      label: 'RR',
      value: show(r.respiratoryRatePerMin),
      unit: '/min',
      band: band('respiratoryRatePerMin', r.respiratoryRatePerMin),
    },
  ];
}

/**
 * The last vitals as large tiles coloured by the protocol's bands (DEFAULTS.md §4): readable at
 * arm's length; the band is also written out, so colour is never the only signal.
 */
export function VitalTiles({
  reading,
  phase,
  size = 'lg',
}: {
  readonly reading: VitalReadingView | null;
  readonly phase: MonitoringPhase;
  readonly size?: 'md' | 'lg';
}): ReactNode {
  if (reading === null) {
    return (
      <Text c="dimmed" size="lg">
        No vitals yet
      </Text>
    );
  }
  const big = size === 'lg';
  return (
    <Group gap={6} wrap="nowrap" aria-label="Last vitals">
      {tilesOf(reading, phase).map((tile) => {
        const normal = tile.band === 'normal';
        const colour = bandColour[tile.band];
        return (
          <Box
            key={tile.label}
            px={6}
            py={4}
            data-band={tile.band}
            aria-label={`${tile.label} ${tile.value} ${tile.unit}, ${bandLabel[tile.band]}`}
            style={{
              borderRadius: 8,
              background: normal ? 'var(--mantine-color-gray-0)' : `var(--mantine-color-${colour}-filled)`,
              color: normal ? 'var(--mantine-color-dark-8)' : 'white',
              border: `2px solid var(--mantine-color-${normal ? 'gray-3' : `${colour}-filled`})`,
              minWidth: 0,
              flex: tile.label === 'BP' ? 1.7 : 1,
            }}
          >
            <Stack gap={0} align="center">
              <Text size="xs" fw={700} lh={1.1} tt="uppercase">
                {tile.label}
              </Text>
              <Text fw={800} lh={1.1} fz={big ? 28 : 20} style={{ whiteSpace: 'nowrap', letterSpacing: -0.5 }}>
                {tile.value}
              </Text>
              <Text size="xs" lh={1.1}>
                {normal ? tile.unit : bandLabel[tile.band]}
              </Text>
            </Stack>
          </Box>
        );
      })}
    </Group>
  );
}
