import { NotFoundError } from '@chairside/domain';
import { requireActor } from '../context.js';
import type { AppDeps, ProtocolVersionRecord, RequestContext } from '../ports.js';

/**
 * Protocol reads. Protocols are clinic policy, not patient data, so reads are not audited;
 * publishing is (see publish-protocol-version.ts).
 */
export async function listProtocols(deps: AppDeps, ctx: RequestContext): Promise<ProtocolVersionRecord[]> {
  requireActor(ctx);
  return deps.tx.run((s) => s.protocols.listLatest());
}

/** A protocol with every version, newest first. */
export async function getProtocol(
  deps: AppDeps,
  ctx: RequestContext,
  protocolId: string,
): Promise<{ latest: ProtocolVersionRecord; versions: ProtocolVersionRecord[] }> {
  requireActor(ctx);
  const versions = await deps.tx.run((s) => s.protocols.listVersions(protocolId));
  const [latest] = versions;
  if (!latest) {
    throw new NotFoundError(`No protocol ${protocolId}`);
  }
  return { latest, versions };
}

/** One version, readable forever: decisions keep the id@version they used. */
export async function getProtocolVersion(
  deps: AppDeps,
  ctx: RequestContext,
  protocolId: string,
  version: number,
): Promise<ProtocolVersionRecord> {
  requireActor(ctx);
  const record = await deps.tx.run((s) => s.protocols.findVersion(protocolId, version));
  if (!record) {
    throw new NotFoundError(`No protocol ${protocolId} version ${version}`);
  }
  return record;
}
