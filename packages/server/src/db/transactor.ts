import type { Clock } from '@chairside/domain';
import type { Stores, Transactor } from '../app/ports.js';
import type { Db } from './connect.js';
import { appointmentStore } from './stores/appointment-store.js';
import { auditStore } from './stores/audit-store.js';
import { clinicStore } from './stores/clinic-store.js';
import { courseStore } from './stores/course-store.js';
import { carePlanStore } from './stores/care-plan-store.js';
import { checkInStore } from './stores/check-in-store.js';
import { dashboardStore } from './stores/dashboard-store.js';
import { dosePlanStore } from './stores/dose-plan-store.js';
import { ledgerStore } from './stores/ledger-store.js';
import { monitorStore } from './stores/monitor-store.js';
import { patientStore } from './stores/patient-store.js';
import { protocolStore } from './stores/protocol-store.js';
import { consentStore, intakeStore, screeningStore } from './stores/intake-store.js';
import { portalInvitationStore } from './stores/portal-invitation-store.js';
import { questionnaireStore } from './stores/questionnaire-store.js';
import { sessionStore } from './stores/session-store.js';
import { treatmentSessionStore } from './stores/treatment-session-store.js';
import { taskStore } from './stores/task-store.js';
import { userStore } from './stores/user-store.js';
import { exportJobStore, externalRecordStore, letterStore, recordLookupStore } from './stores/continuity-store.js';

export function storesFor(db: Db, clock: Clock): Stores {
  return {
    audit: auditStore(db, clock),
    users: userStore(db),
    sessions: sessionStore(db),
    patients: patientStore(db),
    clinic: clinicStore(db),
    courses: courseStore(db),
    appointments: appointmentStore(db),
    protocols: protocolStore(db),
    dosePlans: dosePlanStore(db),
    monitors: monitorStore(db),
    intakes: intakeStore(db),
    screenings: screeningStore(db),
    consents: consentStore(db),
    questionnaires: questionnaireStore(db),
    tasks: taskStore(db),
    portalInvitations: portalInvitationStore(db),
    ledger: ledgerStore(db),
    dashboard: dashboardStore(db),
    carePlan: carePlanStore(db),
    checkIns: checkInStore(db),
    externalRecords: externalRecordStore(db),
    letters: letterStore(db),
    exportJobs: exportJobStore(db),
    records: recordLookupStore(db),
    treatmentSessions: treatmentSessionStore(db),
  };
}

/** Every unit of work runs in one database transaction: it all commits or none of it does. */
export function drizzleTransactor(db: Db, clock: Clock): Transactor {
  return {
    run: (work) => db.transaction((tx) => work(storesFor(tx as unknown as Db, clock))),
  };
}
