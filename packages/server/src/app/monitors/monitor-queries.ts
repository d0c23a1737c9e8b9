/** Read side of the monitor feed: the monitors, the holding list, the message log, chair readings. */
import { InvalidInputError } from '@chairside/domain';
import type {
  AppDeps,
  ChairReadingQuery,
  MonitorMessageRecord,
  MonitorWithBinding,
  RequestContext,
  StoredDeviceReading,
} from '../ports.js';

export async function listMonitors(deps: AppDeps, ctx: RequestContext): Promise<MonitorWithBinding[]> {
  return deps.tx.run(async (s) => {
    const items = await s.monitors.list();
    await s.audit.append(ctx, { action: 'monitors.list', recordType: 'monitor', changes: { count: items.length } });
    return items;
  });
}

/** Readings from monitors that were not bound to a chair when they arrived. */
export async function listHeldReadings(
  deps: AppDeps,
  ctx: RequestContext,
  limit: number,
): Promise<StoredDeviceReading[]> {
  return deps.tx.run(async (s) => {
    const items = await s.monitors.heldReadings(limit);
    await s.audit.append(ctx, {
      action: 'monitors.held.read',
      recordType: 'device_reading',
      changes: { count: items.length },
    });
    return items;
  });
}

export async function listMonitorMessages(
  deps: AppDeps,
  ctx: RequestContext,
  limit: number,
): Promise<MonitorMessageRecord[]> {
  return deps.tx.run(async (s) => {
    const items = await s.monitors.recentMessages(limit);
    await s.audit.append(ctx, {
      action: 'monitors.messages.read',
      recordType: 'monitor_message',
      changes: { count: items.length },
    });
    return items;
  });
}

/** The query a treatment session uses: its chair, its time range (audited as a read of device data). */
export async function readingsForChair(
  deps: AppDeps,
  ctx: RequestContext,
  query: ChairReadingQuery,
): Promise<StoredDeviceReading[]> {
  if (Date.parse(query.from) >= Date.parse(query.to)) {
    throw InvalidInputError.forField('to', 'The end of the range must be after its start');
  }
  return deps.tx.run(async (s) => {
    const items = await s.monitors.readingsForChair(query);
    await s.audit.append(ctx, {
      action: 'monitors.readings.read',
      recordType: 'device_reading',
      changes: { chairLabel: query.chairLabel, from: query.from, to: query.to, count: items.length },
    });
    return items;
  });
}
