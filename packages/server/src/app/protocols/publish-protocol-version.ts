import {
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  StaleVersionError,
  findProtocolRevisionFaults,
  type Protocol,
} from '@chairside/domain';
import { requireActor } from '../context.js';
import type { AppDeps, ProtocolVersionRecord, RequestContext } from '../ports.js';
import { draftRevision, type RevisionInput } from './revision-draft.js';

/** The request names the reason `reason`; the domain calls it `revisionReason`. */
const bodyField = (field: string): string => (field === 'revisionReason' ? 'reason' : field);

function changedDefaults(previous: Protocol, next: Protocol): Record<string, { from: unknown; to: unknown }> {
  const before = previous.dose as unknown as Record<string, unknown>;
  const after = next.dose as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(after)
      .filter((key) => before[key] !== after[key])
      .map((key) => [key, { from: before[key], to: after[key] }]),
  );
}

/**
 * Publishes a new protocol version. Only a medical director may (DEFAULTS.md top: "a clinic's
 * medical director may edit them (a new version, audited, with a reason)"); the domain's revision
 * check refuses loosening a hard or label limit, naming the fields. Earlier versions stay as they were.
 */
export async function publishProtocolVersion(
  deps: AppDeps,
  ctx: RequestContext,
  protocolId: string,
  input: RevisionInput & { readonly basedOnVersion: number },
): Promise<ProtocolVersionRecord> {
  const actor = requireActor(ctx);
  if (actor.role !== 'physician' || !actor.medicalDirector) {
    throw new ForbiddenError('Only the medical director publishes protocol versions');
  }
  return deps.tx.run(async (s) => {
    const latest = await s.protocols.findLatest(protocolId);
    if (!latest) {
      throw new NotFoundError(`No protocol ${protocolId}`);
    }
    if (latest.version !== input.basedOnVersion) {
      throw new StaleVersionError(
        `Version ${latest.version} was published after the version ${input.basedOnVersion} you edited. Reload and edit again.`,
        { expected: input.basedOnVersion, actual: latest.version },
      );
    }
    const next = draftRevision(latest.protocol, input);
    const faults = findProtocolRevisionFaults(latest.protocol, next);
    if (faults.length > 0) {
      throw new InvalidInputError(`Protocol ${protocolId} v${next.version} cannot be published`, {
        fields: faults.map((fault) => ({ ...fault, field: bodyField(fault.field) })),
      });
    }
    const record: ProtocolVersionRecord = {
      protocolId,
      version: next.version,
      protocol: next,
      reason: next.revisionReason,
      publishedAt: deps.clock.now().toISOString(),
      publishedByUserId: actor.userId,
      publishedByUsername: actor.username,
    };
    if (!(await s.protocols.insert(record))) {
      throw new StaleVersionError(`Version ${next.version} of ${protocolId} was just published by someone else`);
    }
    await s.audit.append(ctx, {
      action: 'protocol.publish',
      recordType: 'protocol',
      recordId: `${protocolId}@${next.version}`,
      changes: {
        reason: record.reason,
        fromVersion: latest.version,
        defaults: changedDefaults(latest.protocol, next),
        changedLimits: next.limits
          .filter((l) => !latest.protocol.limits.some((o) => o.id === l.id && o.version === l.version))
          .map((l) => `${l.id}@${l.version}`),
      },
    });
    return record;
  });
}
