/**
 * Device readings reach a session through the chair's monitor binding: after the ingest commit,
 * each chair's active session gets the readings pushed to its screens and run through the alert
 * engine. A reading with a missing measure is shown but not evaluated (nothing is filled in).
 */
import type { AppDeps, RequestContext } from '../ports.js';
import type { StoredDeviceReading } from '../monitors/monitor-ports.js';
import { evaluateNewReading, recentReadings } from './session-alerts.js';
import { deviceVital } from './session-derive.js';
import { deviceReadingsOf, feedEvent, loadSession, runSessionWrite } from './session-record.js';
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
        const found = await w.s.treatmentSessions.activeForChair(chair);
        if (!found || found.state === 'scheduled') {
          return;
        }
        const session = await loadSession(w.s, found.id, true);
        const sorted = [...rows].sort((a, b) => a.reading.takenAt.localeCompare(b.reading.takenAt));
        const first = sorted[0]?.reading.takenAt ?? w.now;
        const devices = await deviceReadingsOf(
          w.s,
          session.row,
          w.now,
          new Date(Date.parse(first) - 30 * 60_000).toISOString(),
        );
        for (const row of sorted) {
          w.push(feedEvent(session.row.id, 'reading', w.now, { reading: deviceReadingView(session.row, row) }));
          const vital = deviceVital(row);
          if (vital !== null) {
            const recent = recentReadings(session, devices, vital.takenAt);
            await evaluateNewReading(w, session, vital, { id: row.id, source: 'device' }, recent);
          }
        }
      },
      { roles: null },
    );
  }
}
