/**
 * Device readings reach a session through the chair's monitor binding: after the ingest commit,
 * each chair's active session gets the readings pushed to its screens and run through the alert
 * engine. A reading with a missing measure is shown but not evaluated (nothing is filled in).
 * This is the hot path of the monitor feed, so it reads only what the engine needs: the open
 * alerts and the readings of the trend window, asked for together.
 */
import type { AppDeps, RequestContext } from '../ports.js';
import type { StoredDeviceReading } from '../monitors/monitor-ports.js';
import { evaluateNewReading, recentReadings, TREND_WINDOW_MS } from './session-alerts.js';
import { deviceVital, phaseOf } from './session-derive.js';
import { deviceReadingsOf, feedEvent, runSessionWrite } from './session-record.js';
import { deviceReadingView } from './session-views.js';

const system: RequestContext = { actor: null, requestId: 'monitor-feed', clientAddress: null };

export async function sessionsOnDeviceReadings(deps: AppDeps, readings: readonly StoredDeviceReading[]): Promise<void> {
  const byChair = new Map<string, StoredDeviceReading[]>();
  for (const r of readings) {
    if (r.chairLabel !== null) {
      byChair.set(r.chairLabel, [...(byChair.get(r.chairLabel) ?? []), r]);
    }
  }
  for (const [chair, rows] of byChair) {
    await runSessionWrite(
      deps,
      system,
      async (w) => {
        const row = await w.s.treatmentSessions.activeForChair(chair, true);
        if (!row || row.state === 'scheduled') {
          return;
        }
        const sorted = [...rows].sort((a, b) => a.reading.takenAt.localeCompare(b.reading.takenAt));
        for (const reading of sorted) {
          w.push(feedEvent(row.id, 'reading', w.now, { reading: deviceReadingView(row, reading) }));
        }
        const phase = phaseOf(row);
        if (phase !== 'dosing' && phase !== 'recovery') {
          return;
        }
        const from = new Date(Date.parse(sorted[0]?.reading.takenAt ?? w.now) - TREND_WINDOW_MS).toISOString();
        const [alerts, devices, manual] = await Promise.all([
          w.s.treatmentSessions.openAlerts(row.id),
          deviceReadingsOf(w.s, row, w.now, from),
          w.s.treatmentSessions.readingsSince(row.id, from),
        ]);
        const target = { row, alerts };
        for (const reading of sorted) {
          const vital = deviceVital(reading);
          if (vital !== null) {
            const recent = recentReadings({ readings: manual, journal: [] }, devices, vital.takenAt);
            await evaluateNewReading(w, target, vital, { id: reading.id, source: 'device' }, recent);
          }
        }
      },
      { roles: null },
    );
  }
}
