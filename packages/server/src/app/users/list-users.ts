import type { AppDeps, RequestContext } from '../ports.js';
import { toUserView, type UserView } from './user-view.js';

export async function listUsers(deps: AppDeps, ctx: RequestContext): Promise<UserView[]> {
  return deps.tx.run(async (s) => {
    const users = await s.users.list();
    await s.audit.append(ctx, { action: 'user.list', recordType: 'user', changes: { count: users.length } });
    const now = deps.clock.now();
    return users.map((u) => toUserView(u, now));
  });
}
