import { ForbiddenError, UnauthenticatedError, type Role } from '@chairside/domain';
import type { Actor, RequestContext } from './ports.js';

/** The actor of a request that must be signed in. */
export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) {
    throw new UnauthenticatedError('Sign in first');
  }
  return ctx.actor;
}

/** Defence in depth behind the route's role list, for rules that depend on the record. */
export function requireRole(ctx: RequestContext, roles: readonly Role[]): Actor {
  const actor = requireActor(ctx);
  if (!roles.includes(actor.role)) {
    throw new ForbiddenError(`This needs one of the roles: ${roles.join(', ')}`);
  }
  return actor;
}

export function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000);
}
