import {
  deriveBalances,
  describeProduct,
  isExpiredOn,
  listDiscrepancies,
  localDateAt,
  NotFoundError,
  reconcileSession,
  verifyChain,
  type ChainVerification,
  type ContainerBalance,
  type ContainerDetails,
  type Discrepancy,
  type LedgerEvent,
  type ProductLocationBalance,
  type Role,
  type SessionReconciliation,
} from '@chairside/domain';
import { requireRole } from '../context.js';
import type { AppDeps, RequestContext, Stores } from '../ports.js';
import { sha256Text } from './ledger-hash.js';
import { findSessionDose } from './session-doses.js';

/** Who sees the ledger: the people who handle the drug, and the administrator (reports). */
export const ledgerViewerRoles: readonly Role[] = ['admin', 'physician', 'nurse'];

export interface ContainerView extends ContainerBalance {
  readonly substanceName: string;
  readonly finishedForm: string;
  readonly details: ContainerDetails;
  readonly receivedAt: string;
  readonly expired: boolean;
  readonly lastCount: {
    readonly at: string;
    readonly countedMg: number;
    readonly countedBy: string;
    readonly witnessedBy: string;
  } | null;
}

export interface OpenWaste {
  readonly eventId: string;
  readonly containerId: string;
  readonly sessionId: string | null;
  readonly amountMg: number;
  readonly method: string;
  readonly wastedBy: string;
  readonly wastedAt: string;
}

export interface SessionAccount extends SessionReconciliation {
  /** The session record knows this session (false: a draw without a matching session). */
  readonly sessionOnRecord: boolean;
  /** Cumulative dose delivered per the session record (null: not on record or not known yet). */
  readonly recordDeliveredMg: number | null;
  readonly sessionState: string | null;
}

export interface LedgerOverview {
  readonly timeZone: string | null;
  readonly containers: readonly ContainerView[];
  readonly byProductLocation: readonly ProductLocationBalance[];
  readonly discrepancies: readonly Discrepancy[];
  readonly openWastes: readonly OpenWaste[];
  readonly sessions: readonly SessionAccount[];
  readonly people: Readonly<Record<string, string>>;
  /** Patients the sessions drew for: "Family, Given (MRN)". Reading them is audited. */
  readonly patients: Readonly<Record<string, string>>;
  readonly eventCount: number;
}

/** Display names of every user, by id, for the events' `by`, `preparedBy`, `witnessedBy`. */
export async function peopleById(s: Stores): Promise<Record<string, string>> {
  return Object.fromEntries((await s.users.list()).map((u) => [u.id, u.displayName]));
}

function containerViews(events: readonly LedgerEvent[], today: string | null): ContainerView[] {
  const received = new Map<string, LedgerEvent & { type: 'received' }>();
  for (const event of events) {
    if (event.type === 'received') {
      received.set(event.containerId, event);
    }
  }
  const splitFrom = new Map<string, { at: string; details: ContainerDetails }>();
  for (const event of events) {
    if (event.type === 'transferred' && event.split) {
      const source = received.get(event.containerId)?.container ?? splitFrom.get(event.containerId)?.details;
      if (source) {
        splitFrom.set(event.split.newContainerId, {
          at: event.at,
          details: { ...source, quantity: event.split.unitCount, location: event.toLocation },
        });
      }
    }
  }
  const lastCounts = new Map<string, ContainerView['lastCount']>();
  for (const event of events) {
    if (event.type === 'counted') {
      const { at, countedMg, countedBy, witnessedBy } = event;
      lastCounts.set(event.containerId, { at, countedMg, countedBy, witnessedBy });
    }
  }
  return deriveBalances(events).containers.map((balance) => {
    const origin = received.get(balance.containerId);
    const details = origin?.container ?? splitFrom.get(balance.containerId)?.details;
    if (!details) {
      throw new Error(`container ${balance.containerId} has no receipt`);
    }
    const product = describeProduct(details);
    return {
      ...balance,
      substanceName: product.substanceName,
      finishedForm: product.finishedForm,
      details,
      receivedAt: origin?.at ?? splitFrom.get(balance.containerId)?.at ?? '',
      expired: today !== null && isExpiredOn(details.expiryDate, today),
      lastCount: lastCounts.get(balance.containerId) ?? null,
    };
  });
}

/** Wastes no second person has witnessed yet. */
export function openWastes(events: readonly LedgerEvent[]): OpenWaste[] {
  const witnessed = new Set(events.flatMap((e) => (e.type === 'waste-witnessed' ? [e.wasteEventId] : [])));
  return events.flatMap((e) =>
    e.type === 'wasted' && e.witnessedBy === undefined && !witnessed.has(e.id)
      ? [
          {
            eventId: e.id,
            containerId: e.containerId,
            sessionId: e.source === 'session' ? e.sessionId : null,
            amountMg: e.amountMg,
            method: e.method,
            wastedBy: e.wastedBy,
            wastedAt: e.wastedAt,
          },
        ]
      : [],
  );
}

/** Every session that drew from the ledger, reconciled, with whether the session record knows it. */
export async function sessionAccounts(s: Stores, events: readonly LedgerEvent[], now: Date): Promise<SessionAccount[]> {
  const ids = [...new Set(events.flatMap((e) => (e.type === 'drawn' ? [e.sessionId] : [])))];
  return Promise.all(
    ids.map(async (id) => {
      const session = await findSessionDose(s, id, now);
      return {
        ...reconcileSession(events, id),
        sessionOnRecord: session !== undefined,
        recordDeliveredMg: session?.deliveredMg ?? null,
        sessionState: session?.state ?? null,
      };
    }),
  );
}

async function patientNames(s: Stores, sessions: readonly SessionAccount[]): Promise<Record<string, string>> {
  const ids = [...new Set(sessions.flatMap((a) => (a.patientId === null ? [] : [a.patientId])))];
  const rows = await Promise.all(ids.map((id) => s.patients.findById(id)));
  return Object.fromEntries(
    rows.flatMap((p) => (p ? [[p.id, `${p.legalFamilyName}, ${p.legalGivenName} (${p.mrn})`]] : [])),
  );
}

/** Balances, open discrepancies with their DEA clock, open wastes and session accounts. */
export async function getLedgerOverview(deps: AppDeps, ctx: RequestContext): Promise<LedgerOverview> {
  requireRole(ctx, ledgerViewerRoles);
  return deps.tx.run(async (s) => {
    const events = await s.ledger.all();
    const now = deps.clock.now().toISOString();
    const timeZone = (await s.clinic.getSettings())?.timeZone ?? null;
    const today = timeZone === null ? null : localDateAt(now, timeZone);
    const balances = deriveBalances(events);
    const sessions = await sessionAccounts(s, events, deps.clock.now());
    const patients = await patientNames(s, sessions);
    await s.audit.append(ctx, {
      action: 'ledger.read',
      recordType: 'ledger',
      changes: { patientIds: Object.keys(patients) },
    });
    return {
      timeZone,
      containers: containerViews(events, today),
      byProductLocation: balances.byProductLocation,
      discrepancies: timeZone === null ? [] : listDiscrepancies(events, { timeZone, asOf: now }),
      openWastes: openWastes(events),
      sessions,
      people: await peopleById(s),
      patients,
      eventCount: events.length,
    };
  });
}

export interface ContainerHistory {
  readonly container: ContainerView;
  readonly events: readonly LedgerEvent[];
  readonly people: Readonly<Record<string, string>>;
}

function touches(event: LedgerEvent, containerId: string, ids: Set<string>): boolean {
  if ('containerId' in event && event.containerId === containerId) {
    return true;
  }
  if (event.type === 'transferred' && event.split?.newContainerId === containerId) {
    return true;
  }
  if (event.type === 'waste-witnessed') {
    return ids.has(event.wasteEventId);
  }
  return (
    (event.type === 'discrepancy-resolved' || event.type === 'discrepancy-reported') && ids.has(event.countEventId)
  );
}

/** One container with every event that touched it, oldest first. */
export async function getContainerHistory(
  deps: AppDeps,
  ctx: RequestContext,
  containerId: string,
): Promise<ContainerHistory> {
  requireRole(ctx, ledgerViewerRoles);
  return deps.tx.run(async (s) => {
    const events = await s.ledger.all();
    const timeZone = (await s.clinic.getSettings())?.timeZone ?? null;
    const today = timeZone === null ? null : localDateAt(deps.clock.now().toISOString(), timeZone);
    const container = containerViews(events, today).find((c) => c.containerId === containerId);
    if (!container) {
      throw new NotFoundError('No container with this id in the ledger');
    }
    const ids = new Set<string>();
    const mine: LedgerEvent[] = [];
    for (const event of events) {
      if (touches(event, containerId, ids)) {
        ids.add(event.id);
        mine.push(event);
      }
    }
    return { container, events: mine, people: await peopleById(s) };
  });
}

/** Re-computes every hash of the ledger and checks it against the stored head. */
export async function verifyLedger(deps: AppDeps, ctx: RequestContext): Promise<ChainVerification> {
  requireRole(ctx, ['admin']);
  return deps.tx.run(async (s) => {
    const [events, head] = [await s.ledger.all(), await s.ledger.head()];
    return verifyChain(events, sha256Text, head);
  });
}
