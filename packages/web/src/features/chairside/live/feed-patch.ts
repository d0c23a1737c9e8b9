import type { AlertView, BoardResponse, FeedEvent, SessionDetail, VitalReadingView } from '@chairside/contract';

/**
 * Applies one feed event to the cached snapshots, so an alert or a reading shows the moment it
 * arrives. Fields the event does not carry (dose delivered, next check due) are refreshed by a
 * follow-up fetch; an event the snapshot already contains changes nothing (replay is safe).
 */
export function isFeedEvent(value: unknown): value is FeedEvent {
  return typeof value === 'object' && value !== null && 'sessionId' in value && 'type' in value;
}

const active = (alerts: readonly AlertView[]): AlertView[] => alerts.filter((a) => a.resolution === null);

function upsertAlert(alerts: readonly AlertView[], alert: AlertView): AlertView[] {
  const others = alerts.filter((a) => a.id !== alert.id);
  return [...others, alert];
}

function newer(current: VitalReadingView | null, reading: VitalReadingView): VitalReadingView {
  return current === null || Date.parse(reading.takenAt) >= Date.parse(current.takenAt) ? reading : current;
}

/** The board after an event; `needsRefetch` when the event concerns a session not on the board. */
export function patchBoard(board: BoardResponse, event: FeedEvent): { board: BoardResponse; needsRefetch: boolean } {
  const index = board.items.findIndex((entry) => entry.session.id === event.sessionId);
  const seq = BigInt(event.seq) > BigInt(board.seq === '' ? '0' : board.seq) ? event.seq : board.seq;
  if (index < 0) {
    return { board: { ...board, seq }, needsRefetch: event.type === 'session' || event.type === 'alert' };
  }
  const items = [...board.items];
  const entry = items[index];
  if (entry === undefined) {
    return { board, needsRefetch: true };
  }
  if (event.type === 'session' && event.session !== undefined) {
    items[index] = { ...entry, session: event.session };
  } else if (event.type === 'reading' && event.reading !== undefined) {
    items[index] = { ...entry, lastVitals: newer(entry.lastVitals, event.reading) };
  } else if ((event.type === 'alert' || event.type === 'alert-resolved') && event.alert !== undefined) {
    items[index] = { ...entry, activeAlerts: active(upsertAlert(entry.activeAlerts, event.alert)) };
  }
  return { board: { ...board, items, seq }, needsRefetch: false };
}

function upsertReading(readings: readonly VitalReadingView[], reading: VitalReadingView): VitalReadingView[] {
  return [...readings.filter((r) => r.id !== reading.id), reading].sort(
    (a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt),
  );
}

export function patchSession(detail: SessionDetail, event: FeedEvent): SessionDetail {
  if (event.sessionId !== detail.session.id) {
    return detail;
  }
  const seq = BigInt(event.seq) > BigInt(detail.seq === '' ? '0' : detail.seq) ? event.seq : detail.seq;
  if (event.type === 'session' && event.session !== undefined) {
    return { ...detail, seq, session: event.session };
  }
  if (event.type === 'reading' && event.reading !== undefined) {
    const reading = event.reading;
    return reading.source === 'manual'
      ? { ...detail, seq, manualReadings: upsertReading(detail.manualReadings, reading) }
      : { ...detail, seq, deviceReadings: upsertReading(detail.deviceReadings, reading) };
  }
  if ((event.type === 'alert' || event.type === 'alert-resolved') && event.alert !== undefined) {
    return { ...detail, seq, alerts: upsertAlert(detail.alerts, event.alert) };
  }
  if (event.type === 'journal' && event.entry !== undefined) {
    const entry = event.entry;
    if (detail.journal.some((j) => j.id === entry.id)) {
      return detail;
    }
    return { ...detail, seq, journal: [...detail.journal, entry] };
  }
  return { ...detail, seq };
}
