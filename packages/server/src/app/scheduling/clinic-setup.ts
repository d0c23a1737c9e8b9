import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  StaleVersionError,
  assertIsoDate,
  isKnownTimeZone,
  type ClosedDate,
  type DayHours,
} from '@chairside/domain';
import { requireActor } from '../context.js';
import type { AppDeps, RequestContext } from '../ports.js';
import type { ChairRecord, ClinicSettingsRecord } from './scheduling-ports.js';

export async function getClinicSetup(
  deps: AppDeps,
): Promise<{ settings: ClinicSettingsRecord | null; chairs: ChairRecord[] }> {
  return deps.tx.run(async (s) => ({
    settings: (await s.clinic.getSettings()) ?? null,
    chairs: await s.clinic.listChairs(),
  }));
}

function validateSettings(input: {
  timeZone: string;
  weeklyHours: readonly DayHours[];
  closedDates: readonly ClosedDate[];
}): void {
  if (!isKnownTimeZone(input.timeZone)) {
    throw InvalidInputError.forField(
      'timeZone',
      `Unknown time zone ${input.timeZone} (use an IANA name such as America/Chicago)`,
    );
  }
  const seen = new Set<string>();
  input.weeklyHours.forEach((h, i) => {
    if (h.closesMin <= h.opensMin) {
      throw InvalidInputError.forField(`weeklyHours/${i}/closesAt`, 'Closing time must be after opening time');
    }
    if (seen.has(h.weekday)) {
      throw InvalidInputError.forField(`weeklyHours/${i}/weekday`, `${h.weekday} is listed twice`);
    }
    seen.add(h.weekday);
  });
  input.closedDates.forEach((c, i) => {
    assertIsoDate(c.date, `closedDates/${i}/date`);
  });
}

/** Saves the clinic's time zone, weekly hours and closed dates (admin); a stale version is a 409. */
export async function saveClinicSettings(
  deps: AppDeps,
  ctx: RequestContext,
  input: { timeZone: string; weeklyHours: DayHours[]; closedDates: ClosedDate[]; version: number | null },
): Promise<ClinicSettingsRecord> {
  const actor = requireActor(ctx);
  validateSettings(input);
  return deps.tx.run(async (s) => {
    const updatedAt = deps.clock.now().toISOString();
    const settings = {
      timeZone: input.timeZone,
      weeklyHours: input.weeklyHours,
      closedDates: input.closedDates,
      updatedAt,
    };
    if (!(await s.clinic.saveSettings(settings, input.version, actor.userId))) {
      throw new StaleVersionError('The clinic settings were changed by someone else; reload them');
    }
    await s.audit.append(ctx, {
      action: 'clinic.settings.save',
      recordType: 'clinic_settings',
      recordId: '1',
      changes: settings,
    });
    return { ...settings, version: (input.version ?? 0) + 1 };
  });
}

/** Adds a chair or room (admin). */
export async function createChair(deps: AppDeps, ctx: RequestContext, input: { name: string }): Promise<ChairRecord> {
  requireActor(ctx);
  const name = input.name.trim();
  if (name === '') {
    throw InvalidInputError.forField('name', 'Give the chair a name');
  }
  return deps.tx.run(async (s) => {
    if (await s.clinic.findChairByName(name)) {
      throw new ConflictError(`There is already a chair named ${name}`, {
        fields: [{ field: 'name', message: 'is already used' }],
      });
    }
    const chair: ChairRecord = { id: deps.ids.uuid(), name, active: true, version: 1 };
    await s.clinic.insertChair(chair, deps.clock.now().toISOString());
    await s.audit.append(ctx, {
      action: 'clinic.chair.create',
      recordType: 'chair',
      recordId: chair.id,
      changes: chair,
    });
    return chair;
  });
}

/** Renames a chair or takes it out of use (admin); bookings on it are kept. */
export async function updateChair(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { name: string; active: boolean; version: number },
): Promise<ChairRecord> {
  requireActor(ctx);
  return deps.tx.run(async (s) => {
    const chair = await s.clinic.findChair(id);
    if (!chair) {
      throw new NotFoundError('No chair with this id');
    }
    const changes = { name: input.name.trim(), active: input.active };
    if (!(await s.clinic.updateChair(id, input.version, changes, deps.clock.now().toISOString()))) {
      throw new StaleVersionError('The chair was changed by someone else; reload it');
    }
    await s.audit.append(ctx, {
      action: 'clinic.chair.update',
      recordType: 'chair',
      recordId: id,
      changes: { from: chair, to: changes },
    });
    return { ...chair, ...changes, version: chair.version + 1 };
  });
}
