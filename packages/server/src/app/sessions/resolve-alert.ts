/** Resolving an alert: an action and a note, by a clinician; the time to resolution is kept. */
import type { ResolveAlertBody } from './session-types.js';
import { ConflictError, NotFoundError } from '@chairside/domain';
import type { AppDeps, RequestContext } from '../ports.js';
import { withSession } from './record-entries.js';
import { auditSession, feedEvent } from './session-record.js';
import { alertView } from './session-views.js';

export function resolveAlert(
  deps: AppDeps,
  ctx: RequestContext,
  sessionId: string,
  alertId: string,
  body: ResolveAlertBody,
): Promise<void> {
  return withSession(deps, ctx, sessionId, async (w, session) => {
    const index = session.alerts.findIndex((a) => a.id === alertId);
    const alert = session.alerts[index];
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
    session.alerts[index] = resolved;
    w.push(feedEvent(sessionId, 'alert-resolved', w.now, { alert: alertView(resolved) }));
    await auditSession(w, session, 'session.alert.resolve', {
      alertId,
      rule: alert.rule,
      action: body.action,
      secondsToResolve: resolution.secondsToResolve,
    });
  });
}
