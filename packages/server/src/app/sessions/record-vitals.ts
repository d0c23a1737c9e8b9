/**
 * Manual vital readings (a correction is a new reading naming the one it corrects) and recovery
 * checks scored with the modified Aldrete. Every new reading goes through the alert engine.
 */
import type { RecordRecoveryCheckBody, RecordVitalsBody } from './session-types.js';
import {
  ConflictError,
  InvalidInputError,
  MissingInputError,
  scoreModifiedAldrete,
  validateVitalReading,
  type VitalReading,
} from '@chairside/domain';
import type { AppDeps, RequestContext } from '../ports.js';
import { checkAt, requireStates, withSession } from './record-entries.js';
import { evaluateNewReading, recentReadings } from './session-alerts.js';
import { deviceVital, effectiveManualReadings, manualVital } from './session-derive.js';
import type { ManualReadingRow } from './session-ports.js';
import { addJournal, auditSession, deviceReadingsOf, feedEvent } from './session-record.js';
import { manualReadingView } from './session-views.js';
import { baselineReadingOf } from './start-readiness-input.js';

export function recordVitals(deps: AppDeps, ctx: RequestContext, id: string, body: RecordVitalsBody): Promise<string> {
  return withSession(deps, ctx, id, async (w, session) => {
    requireStates(session, ['checked-in', 'pre-checks', 'dosing', 'recovery'], 'vital signs');
    checkAt(w, session, body.takenAt, 'takenAt');
    if (body.correctsReadingId !== undefined) {
      const original = session.readings.find((r) => r.id === body.correctsReadingId);
      if (!original) {
        throw InvalidInputError.forField('correctsReadingId', 'No such manual reading in this session');
      }
      if (session.readings.some((r) => r.correctsReadingId === original.id)) {
        throw new ConflictError('That reading was already corrected; correct the correction instead');
      }
      if (body.correctionReason === undefined) {
        throw MissingInputError.forField('correctionReason', 'Say why the reading is corrected');
      }
    }
    const reading: VitalReading = {
      kind: 'vitals',
      source: 'manual',
      takenAt: body.takenAt,
      systolicMmHg: body.systolicMmHg,
      diastolicMmHg: body.diastolicMmHg,
      heartRateBpm: body.heartRateBpm,
      spo2Pct: body.spo2Pct,
      respiratoryRatePerMin: body.respiratoryRatePerMin,
      ...(body.etco2MmHg === undefined ? {} : { etco2MmHg: body.etco2MmHg }),
    };
    validateVitalReading(reading);
    const row: ManualReadingRow = {
      id: deps.ids.uuid(),
      sessionId: id,
      takenAt: body.takenAt,
      systolicMmHg: body.systolicMmHg,
      diastolicMmHg: body.diastolicMmHg,
      heartRateBpm: body.heartRateBpm,
      spo2Pct: body.spo2Pct,
      respiratoryRatePerMin: body.respiratoryRatePerMin,
      etco2MmHg: body.etco2MmHg ?? null,
      correctsReadingId: body.correctsReadingId ?? null,
      correctionReason: body.correctionReason ?? null,
      recordedAt: w.now,
      recordedBy: w.actor?.userId ?? '',
      recordedByUsername: w.actor?.username ?? 'system',
    };
    const devices = await deviceReadingsOf(
      w.s,
      session.row,
      w.now,
      new Date(Date.parse(body.takenAt) - 30 * 60_000).toISOString(),
    );
    const recent = recentReadings(session, devices, body.takenAt);
    await w.s.treatmentSessions.insertReading(row);
    session.readings.push(row);
    w.push(feedEvent(id, 'reading', w.now, { reading: manualReadingView(session.row, row) }));
    await evaluateNewReading(w, session, reading, { id: row.id, source: 'manual' }, recent);
    await auditSession(w, session, body.correctsReadingId ? 'session.vitals.correct' : 'session.vitals', {
      readingId: row.id,
      correctsReadingId: row.correctsReadingId,
      reason: row.correctionReason,
    });
    return row.id;
  });
}

export function recordRecoveryCheck(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  body: RecordRecoveryCheckBody,
): Promise<void> {
  return withSession(deps, ctx, id, async (w, session) => {
    requireStates(session, ['recovery'], 'a recovery check');
    checkAt(w, session, body.takenAt, 'takenAt');
    const baseline = baselineReadingOf(session);
    if (baseline === null) {
      throw MissingInputError.forField('readingId', 'The session has no baseline vitals to compare with');
    }
    const devices = await deviceReadingsOf(w.s, session.row, w.now);
    const candidates: { id: string; vital: VitalReading }[] = [
      ...effectiveManualReadings(session.readings).map((r) => ({ id: r.id, vital: manualVital(r) })),
      ...devices.flatMap((d) => {
        const v = deviceVital(d);
        return v === null ? [] : [{ id: d.id, vital: v }];
      }),
    ].sort((a, b) => a.vital.takenAt.localeCompare(b.vital.takenAt));
    const chosen = body.readingId !== undefined ? candidates.find((c) => c.id === body.readingId) : candidates.at(-1);
    if (!chosen) {
      throw (body.readingId !== undefined ? InvalidInputError : MissingInputError).forField(
        'readingId',
        body.readingId !== undefined ? 'No such complete reading in this session' : 'Record vital signs first',
      );
    }
    const score = scoreModifiedAldrete({
      takenAt: body.takenAt,
      activity: body.activity,
      respiration: body.respiration,
      consciousness: body.consciousness,
      vitals: chosen.vital,
      baselineVitals: manualVital(baseline),
      onSupplementalOxygen: body.onSupplementalOxygen,
    });
    await addJournal(w, session, {
      kind: 'recovery-check',
      at: body.takenAt,
      summary: `Modified Aldrete ${score.total}/10`,
      data: {
        ...score,
        readingId: chosen.id,
        onSupplementalOxygen: body.onSupplementalOxygen,
        note: body.note ?? null,
      },
    });
    await auditSession(w, session, 'session.recovery-check', { total: score.total });
  });
}
