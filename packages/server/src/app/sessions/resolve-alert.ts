/**
 * Resolving an alert: an action and a note, by a clinician; the time to resolution is kept. It
 * locks the session's row and reads only its alerts (nothing else of the session is needed).
 */
import type { ResolveAlertBody } from './session-types.js';
import { ConflictError, NotFoundError } from '@chairside/domain';
import type { AppDeps, RequestContext } from '../ports.js';
import { feedEvent, runSessionWrite } from './session-record.js';
import { alertView } from './session-views.js';

export function resolveAlert(
  deps: AppDeps,
  ctx: RequestContext,
  sessionId: string,
  alertId: string,
  body: ResolveAlertBody,
): Promise<void> {
  return runSessionWrite(deps, ctx, async (w) => {
    const row = await w.s.treatmentSessions.findForUpdate(sessionId);
    if (!row) {
      throw new NotFoundError('No treatment session with this id');
    }
    const alert = (await w.s.treatmentSessions.alerts(sessionId)).find((a) => a.id === alertId);
    if (!alert) {
      throw new NotFoundError('No such alert in this session');
    }
    if (alert.resolution !== null) {
      throw new ConflictError('This alert is already resolved');
    }
    const resolution = {
      alertId,
      sessionId,
      action: body.action,
      note: body.note,
      at: w.now,
      byUserId: w.actor?.userId ?? '',
      byUsername: w.actor?.username ?? 'system',
      secondsToResolve: Math.max(0, (Date.parse(w.now) - Date.parse(alert.raisedAt)) / 1000),
    };
    if (!(await w.s.treatmentSessions.insertResolution(resolution))) {
      throw new ConflictError('This alert is already resolved');
    }
    const resolved = { ...alert, resolution };
    w.push(feedEvent(sessionId, 'alert-resolved', w.now, { alert: alertView(resolved) }));
    await w.s.audit.append(w.ctx, {
      action: 'session.alert.resolve',
      recordType: 'treatment_session',
      recordId: row.id,
      patientId: row.patientId,
      changes: { alertId, rule: alert.rule, action: body.action, secondsToResolve: resolution.secondsToResolve },
    });
  });
}
