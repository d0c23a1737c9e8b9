import type { AppDeps, RequestContext } from '../ports.js';

export async function signOut(deps: AppDeps, ctx: RequestContext, sessionId: string): Promise<void> {
  await deps.tx.run(async (s) => {
    await s.sessions.end(sessionId, deps.clock.now().toISOString(), 'signed-out');
    await s.audit.append(ctx, { action: 'auth.sign-out', recordType: 'user', recordId: ctx.actor?.userId ?? null });
  });
}
