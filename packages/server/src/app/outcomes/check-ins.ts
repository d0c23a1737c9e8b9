/**
 * The next-day check-in after each session: the day after a session the patient gets a short
 * check-in in the portal, or — without a portal account — the care team gets a phone-call
 * task; a portal check-in unanswered for a day becomes a task too. A worrying answer raises its
 * task when it is recorded (record-response). Time comes from the clock port.
 */
import { instantAtLocal, localDateIn } from '@chairside/domain';
import type { AppDeps, RequestContext, Stores, TaskRecord } from '../ports.js';
import { raiseTask } from '../tasks/raise-task.js';

const system: RequestContext = { actor: null, requestId: 'check-in-sweep', clientAddress: null };

export const checkInCallTaskType = 'check-in-call';
export const checkInNoAnswerTaskType = 'check-in-no-answer';

function raiseNurseTask(
  s: Stores,
  deps: AppDeps,
  task: Pick<TaskRecord, 'type' | 'patientId' | 'title' | 'detail' | 'sourceType' | 'sourceId'>,
): Promise<string> {
  return raiseTask(
    s,
    deps,
    system,
    { ...task, priority: 'routine', assignedRole: 'nurse' },
    {
      type: task.type,
      sourceType: task.sourceType,
      sourceId: task.sourceId,
    },
  );
}

/** One pass: returns how many check-ins were sent and how many unanswered ones were followed up. */
export async function runCheckInSweep(deps: AppDeps): Promise<{ sent: number; followedUp: number }> {
  return deps.tx.run(async (s) => {
    const settings = await s.clinic.getSettings();
    if (!settings) {
      return { sent: 0, followedUp: 0 };
    }
    const now = deps.clock.now().toISOString();
    const localDate = localDateIn(settings.timeZone);
    const today = localDate(now);
    // "The next day": sessions that ended before today began, in the clinic's time zone.
    const due = await s.checkIns.sessionsNeedingCheckIn(instantAtLocal(today, 0, settings.timeZone));
    for (const session of due) {
      const sessionDate = localDate(session.endedAt);
      let assignmentId: string | null = null;
      let taskId: string | null = null;
      if (session.portal) {
        assignmentId = deps.ids.uuid();
        await s.questionnaires.insertAssignment({
          id: assignmentId,
          patientId: session.patientId,
          scaleId: 'check-in',
          dueDate: today,
          recurrence: 'none',
          status: 'open',
          assignedByUserId: session.createdBy,
          assignedAt: now,
          completedAt: null,
          responseId: null,
        });
      } else {
        taskId = await raiseNurseTask(s, deps, {
          type: checkInCallTaskType,
          patientId: session.patientId,
          title: 'Next-day check-in call',
          detail: `Call the patient about their session on ${sessionDate}: how they feel, side effects, mood, anything worrying. They have no portal account.`,
          sourceType: 'treatment_session',
          sourceId: session.sessionId,
        });
      }
      await s.checkIns.insert({
        sessionId: session.sessionId,
        patientId: session.patientId,
        mode: session.portal ? 'portal' : 'phone',
        assignmentId,
        taskId,
        createdAt: now,
      });
      await s.audit.append(system, {
        action: 'check-in.send',
        recordType: 'treatment_session',
        recordId: session.sessionId,
        patientId: session.patientId,
        changes: { mode: session.portal ? 'portal' : 'phone', assignmentId, taskId },
      });
    }
    let followedUp = 0;
    for (const late of await s.checkIns.overdue(today)) {
      const taskId = await raiseNurseTask(s, deps, {
        type: checkInNoAnswerTaskType,
        patientId: late.patientId,
        title: 'Check-in not answered',
        detail: `The check-in due ${late.dueDate} after a session has no answer. Call the patient.`,
        sourceType: 'treatment_session',
        sourceId: late.sessionId,
      });
      if (await s.checkIns.markOverdue(late.sessionId, taskId)) {
        followedUp += 1;
      }
    }
    return { sent: due.length, followedUp };
  });
}

/** Runs the sweep every `intervalMs`; returns the function that stops it. */
export function startCheckInSweep(deps: AppDeps, intervalMs: number, onError: (error: unknown) => void): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) {
      return;
    }
    running = true;
    runCheckInSweep(deps)
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
