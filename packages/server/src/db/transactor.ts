import type { Clock } from '@chairside/domain';
import type { Stores, Transactor } from '../app/ports.js';
import type { Db } from './connect.js';
import { auditStore } from './stores/audit-store.js';
import { patientStore } from './stores/patient-store.js';
import { portalInvitationStore } from './stores/portal-invitation-store.js';
import { questionnaireStore } from './stores/questionnaire-store.js';
import { sessionStore } from './stores/session-store.js';
import { taskStore } from './stores/task-store.js';
import { userStore } from './stores/user-store.js';

export function storesFor(db: Db, clock: Clock): Stores {
  return {
    audit: auditStore(db, clock),
    users: userStore(db),
    sessions: sessionStore(db),
    patients: patientStore(db),
    questionnaires: questionnaireStore(db),
    tasks: taskStore(db),
    portalInvitations: portalInvitationStore(db),
  };
}

/** Every unit of work runs in one database transaction: it all commits or none of it does. */
export function drizzleTransactor(db: Db, clock: Clock): Transactor {
  return {
    run: (work) => db.transaction((tx) => work(storesFor(tx as unknown as Db, clock))),
  };
}
