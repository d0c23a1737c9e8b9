/**
 * Nurses and physicians bind a monitor to a chair and end that binding. Bindings are history:
 * ending one closes the row; a new binding is a new row. Each change is audited.
 */
import { clinicalRoles, ConflictError, InvalidInputError, NotFoundError } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { AppDeps, BindingRecord, RequestContext } from '../ports.js';

export interface BindMonitorInput {
  readonly deviceId: string;
  readonly chairLabel: string;
}

/** Binds; registers a monitor not yet seen so it can be bound before its first message. */
export async function bindMonitor(deps: AppDeps, ctx: RequestContext, input: BindMonitorInput): Promise<BindingRecord> {
  const actor = requireRole(ctx, clinicalRoles);
  const deviceId = input.deviceId.trim();
  const chairLabel = input.chairLabel.trim().replace(/\s+/g, ' ');
  if (deviceId === '') {
    throw InvalidInputError.forField('deviceId', 'Enter the monitor’s device id');
  }
  if (chairLabel === '') {
    throw InvalidInputError.forField('chairLabel', 'Enter the chair, e.g. "Chair 1"');
  }
  const at = deps.clock.now().toISOString();
  return deps.tx.run(async (s) => {
    const monitor =
      (await s.monitors.findByDeviceId(deviceId)) ??
      (await s.monitors.register({ id: deps.ids.uuid(), deviceId, label: null, at }));
    const current = await s.monitors.activeBindingForMonitor(monitor.id);
    if (current) {
      throw new ConflictError(`${deviceId} is already bound to ${current.chairLabel}; unbind it first`);
    }
    const chairTaken = await s.monitors.activeBindingForChair(chairLabel);
    if (chairTaken) {
      throw new ConflictError(`${chairLabel} already has a monitor bound; unbind it first`);
    }
    const binding: BindingRecord = {
      id: deps.ids.uuid(),
      monitorId: monitor.id,
      chairLabel,
      boundAt: at,
      boundBy: actor.userId,
      endedAt: null,
      endedBy: null,
    };
    await s.monitors.insertBinding(binding);
    await s.audit.append(ctx, {
      action: 'monitors.bind',
      recordType: 'monitor_binding',
      recordId: binding.id,
      changes: { deviceId, chairLabel },
    });
    return binding;
  });
}

export async function unbindMonitor(deps: AppDeps, ctx: RequestContext, bindingId: string): Promise<BindingRecord> {
  const actor = requireRole(ctx, clinicalRoles);
  const at = deps.clock.now().toISOString();
  return deps.tx.run(async (s) => {
    const binding = await s.monitors.findBinding(bindingId);
    if (!binding) {
      throw new NotFoundError('No such monitor binding');
    }
    if (!(await s.monitors.endBinding(bindingId, at, actor.userId))) {
      throw new ConflictError(`This binding already ended at ${binding.endedAt ?? 'an earlier time'}`);
    }
    await s.audit.append(ctx, {
      action: 'monitors.unbind',
      recordType: 'monitor_binding',
      recordId: binding.id,
      changes: { chairLabel: binding.chairLabel },
    });
    return { ...binding, endedAt: at, endedBy: actor.userId };
  });
}
