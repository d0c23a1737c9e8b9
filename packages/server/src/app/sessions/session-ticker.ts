/**
 * The periodic check of every active session: missed checks and the silent monitor raise
 * alerts. Time comes from the clock port, so tests drive it with a manual clock.
 */
import type { AppDeps, RequestContext } from '../ports.js';
import { raiseAlerts } from './session-alerts.js';
import { cadenceFromTimes, cadenceOf, silentMonitorRule } from './session-cadence.js';
import { deviceReadingsOf, loadSession, runSessionWrite } from './session-record.js';

const system: RequestContext = { actor: null, requestId: 'session-ticker', clientAddress: null };

/** One pass over the active sessions; returns how many alerts it raised. */
export async function runSessionTicker(deps: AppDeps): Promise<number> {
  const now = deps.clock.now().toISOString();
  const since = new Date(Date.parse(now) - 60 * 60_000).toISOString();
  // Most passes find nothing to raise: one batch of reads for every session, no lock; only a
  // session with something new to raise is loaded and written under its lock.
  const { monitored, times } = await deps.tx.run(async (s) => {
    const active = (await s.treatmentSessions.listActive()).filter(
      (x) => x.state === 'dosing' || x.state === 'recovery',
    );
    return { monitored: active, times: await s.treatmentSessions.checkTimes(active, since) };
  });
  let raised = 0;
  for (const candidate of monitored) {
    const t = times.get(candidate.id);
    const cadence = t === undefined ? null : cadenceFromTimes(candidate, t, now);
    const open = new Set(t?.openRules ?? []);
    if (!cadence?.alerts.some((alert) => !open.has(alert.rule))) {
      continue;
    }
    raised += await runSessionWrite(
      deps,
      system,
      async (w) => {
        const session = await loadSession(w.s, candidate.id, true);
        // The cadence needs only the latest check times: the last hour of device readings is plenty.
        const since = new Date(Date.parse(w.now) - 60 * 60_000).toISOString();
        const devices = await deviceReadingsOf(w.s, session.row, w.now, since);
        const cadence = cadenceOf(session, devices, w.now);
        if (cadence === null) {
          return 0;
        }
        const rows = await raiseAlerts(
          w,
          session,
          cadence.alerts,
          (a) => (a.rule.startsWith(silentMonitorRule) ? 'silent-monitor' : 'cadence'),
          null,
        );
        return rows.length;
      },
      { roles: null },
    );
  }
  return raised;
}

/** Runs the ticker every `intervalMs`; returns the function that stops it. */
export function startSessionTicker(deps: AppDeps, intervalMs: number, onError: (error: unknown) => void): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) {
      return;
    }
    running = true;
    runSessionTicker(deps)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}
