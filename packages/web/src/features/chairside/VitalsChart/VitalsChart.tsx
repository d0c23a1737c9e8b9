import { Box, Group, Stack, Text } from '@mantine/core';
import type { MonitoringPhase, MonitoringRuleSet } from '@chairside/domain';
import type { ThresholdLine } from '@chairside/contract';
import { useEffect, useRef, type ReactNode } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { marksFromThresholds, thresholdMarks } from '../vital-bands';
import {
  plotData,
  plotOptions,
  type ChartMarker,
  type ChartReading,
  type PlotInput,
  type PlotMeasure,
  timeWindow,
} from './vitals-plot';

const pressureMeasures: readonly PlotMeasure[] = [
  { measure: 'systolicMmHg', label: 'SBP', colour: '#862e9c' },
  { measure: 'diastolicMmHg', label: 'DBP', colour: '#d6336c' },
  { measure: 'heartRateBpm', label: 'HR', colour: '#2b8a3e' },
];
const oxygenMeasures: readonly PlotMeasure[] = [{ measure: 'spo2Pct', label: 'SpO2', colour: '#1864ab' }];

function Plot({
  readings,
  input,
  height,
  summary,
}: {
  readonly readings: readonly ChartReading[];
  readonly input: Omit<PlotInput, 'width' | 'height'>;
  readonly height: number;
  readonly summary: string;
}): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  const key = JSON.stringify({ readings, input });
  useEffect(() => {
    const element = container.current;
    if (element === null) {
      return undefined;
    }
    const parsed = JSON.parse(key) as { readings: ChartReading[]; input: Omit<PlotInput, 'width' | 'height'> };
    const width = Math.max(element.clientWidth, 300);
    const plot = new uPlot(
      plotOptions({ ...parsed.input, width, height }),
      plotData(parsed.readings, parsed.input.measures),
      element,
    );
    const observer = new ResizeObserver(() => {
      plot.setSize({ width: Math.max(element.clientWidth, 300), height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [key, height]);
  return <Box ref={container} role="img" aria-label={summary} w="100%" />;
}

function Key({ measures }: { readonly measures: readonly PlotMeasure[] }): ReactNode {
  return (
    <Group gap="md" wrap="wrap">
      {measures.map((m) => (
        <Group key={m.measure} gap={6}>
          <Box w={18} h={4} bg={m.colour} style={{ borderRadius: 2 }} />
          <Text size="sm" fw={600} c={m.colour}>
            {m.label}
          </Text>
        </Group>
      ))}
      <Text size="sm" c="dimmed">
        line with dots: monitor · open circles: manual
      </Text>
    </Group>
  );
}

function lastText(readings: readonly ChartReading[]): string {
  const last = readings.at(-1);
  if (last === undefined) {
    return 'No readings yet.';
  }
  return `${readings.length} readings; last BP ${last.systolicMmHg}/${last.diastolicMmHg} mmHg, HR ${last.heartRateBpm} /min, SpO2 ${last.spo2Pct}% (${last.source}).`;
}

/**
 * Live vitals: blood pressure and heart rate on one panel, SpO2 on its own, each with the
 * protocol's threshold lines for the phase (colour and dash by severity) and event markers.
 */
export function VitalsChart({
  readings,
  ruleSet,
  thresholds,
  phase,
  nowMs,
  markers = [],
}: {
  readonly nowMs: number;
  readonly readings: readonly ChartReading[];
  /** The rule set to draw when the server has not listed the session's thresholds. */
  readonly ruleSet: MonitoringRuleSet;
  readonly thresholds?: readonly ThresholdLine[];
  readonly phase: MonitoringPhase;
  readonly markers?: readonly ChartMarker[];
}): ReactNode {
  // The server lists the session's thresholds for dosing and recovery; before start, the rule set's.
  const listed = marksFromThresholds(thresholds ?? [], phase);
  const marks = listed.length === 0 ? thresholdMarks(ruleSet, phase) : listed;
  // Whole minutes, so the chart redraws on new data or a new minute, not on every render.
  const window = timeWindow(readings, Math.floor(nowMs / 60_000) * 60_000);
  const highest = Math.max(200, ...readings.map((r) => r.systolicMmHg + 10));
  const lowestSpo2 = Math.min(86, ...readings.map((r) => r.spo2Pct - 2));
  const summary = lastText(readings);
  return (
    <Stack gap={4}>
      <Key measures={[...pressureMeasures, ...oxygenMeasures]} />
      <Plot
        readings={readings}
        height={260}
        summary={`Blood pressure and heart rate. ${summary}`}
        input={{
          measures: pressureMeasures,
          range: { min: 30, max: Math.ceil(highest / 10) * 10 },
          axisLabel: 'mmHg · /min',
          lines: marks.filter((m) => ['systolicMmHg', 'diastolicMmHg', 'heartRateBpm'].includes(m.measure)),
          markers,
          window,
        }}
      />
      <Plot
        readings={readings}
        height={150}
        summary={`SpO2. ${summary}`}
        input={{
          measures: oxygenMeasures,
          range: { min: Math.floor(lowestSpo2), max: 100 },
          axisLabel: 'SpO2 %',
          lines: marks.filter((m) => m.measure === 'spo2Pct'),
          markers,
          window,
        }}
      />
    </Stack>
  );
}
