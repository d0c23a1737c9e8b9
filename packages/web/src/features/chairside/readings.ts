import type { SessionDetail, VitalReadingView } from '@chairside/contract';
import type { VitalReading } from '@chairside/domain';
import type { ChartReading } from './VitalsChart/vitals-plot';

/** Readings in force: device readings, and manual ones not replaced by a correction. */
export function currentReadings(detail: SessionDetail): VitalReadingView[] {
  return [...detail.manualReadings.filter((r) => r.correctedByReadingId === null), ...detail.deviceReadings].sort(
    (a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt),
  );
}

/** The domain's reading, when every number it needs is present. */
export function asVitalReading(r: VitalReadingView | undefined): VitalReading | null {
  if (r === undefined) {
    return null;
  }
  const { systolicMmHg, diastolicMmHg, heartRateBpm, spo2Pct, respiratoryRatePerMin } = r;
  if (
    systolicMmHg === null ||
    diastolicMmHg === null ||
    heartRateBpm === null ||
    spo2Pct === null ||
    respiratoryRatePerMin === null
  ) {
    return null;
  }
  return {
    kind: 'vitals',
    takenAt: r.takenAt,
    systolicMmHg,
    diastolicMmHg,
    heartRateBpm,
    spo2Pct,
    respiratoryRatePerMin,
    source: r.source,
  };
}

/** Readings the chart can draw (a device message may lack BP; those points are skipped per measure by uPlot). */
export function chartReadings(readings: readonly VitalReadingView[]): ChartReading[] {
  return readings.flatMap((r) => {
    const v = asVitalReading(r);
    return v === null ? [] : [{ ...v }];
  });
}
