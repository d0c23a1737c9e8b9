/** The clinic's rescue/adjunct formulary: read by clinicians, edited by a physician or admin. */
import type { FormularyItem, FormularyItemBody, UpdateFormularyItemBody } from './session-types.js';
import { InvalidInputError, NotFoundError, StaleVersionError } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { clinicianRoles } from './session-record.js';

const editors = ['physician', 'admin'] as const;

function checkDoses(body: FormularyItemBody): void {
  if (body.defaultDose !== undefined && body.maxDose !== undefined && body.defaultDose > body.maxDose) {
    throw InvalidInputError.forField('defaultDose', 'The usual dose cannot exceed the maximum');
  }
}

export async function listFormulary(deps: AppDeps, ctx: RequestContext): Promise<FormularyItem[]> {
  requireRole(ctx, [...clinicianRoles, 'admin']);
  return deps.tx.run((s) => s.treatmentSessions.formulary());
}

export async function addFormularyItem(
  deps: AppDeps,
  ctx: RequestContext,
  body: FormularyItemBody,
): Promise<FormularyItem> {
  requireRole(ctx, editors);
  checkDoses(body);
  const now = deps.clock.now().toISOString();
  const item: FormularyItem = {
    id: deps.ids.uuid(),
    drug: body.drug,
    doseUnit: body.doseUnit,
    defaultDose: body.defaultDose ?? null,
    maxDose: body.maxDose ?? null,
    routes: [...new Set(body.routes)],
    indication: body.indication,
    source: body.source ?? '',
    active: true,
    version: 1,
  };
  return deps.tx.run(async (s) => {
    await s.treatmentSessions.insertFormularyItem(item, now);
    await s.audit.append(ctx, {
      action: 'session.formulary.add',
      recordType: 'session_formulary',
      recordId: item.id,
      changes: item,
    });
    return item;
  });
}

export async function updateFormularyItem(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  body: UpdateFormularyItemBody,
): Promise<FormularyItem> {
  requireRole(ctx, editors);
  checkDoses(body);
  const now = deps.clock.now().toISOString();
  return deps.tx.run(async (s) => {
    const before = await s.treatmentSessions.findFormularyItem(id);
    if (!before) {
      throw new NotFoundError('No formulary item with this id');
    }
    const item: FormularyItem = {
      id,
      drug: body.drug,
      doseUnit: body.doseUnit,
      defaultDose: body.defaultDose ?? null,
      maxDose: body.maxDose ?? null,
      routes: [...new Set(body.routes)],
      indication: body.indication,
      source: body.source ?? before.source,
      active: body.active,
      version: body.version + 1,
    };
    if (!(await s.treatmentSessions.updateFormularyItem(item, body.version, now))) {
      throw new StaleVersionError('The formulary item was changed meanwhile; reload it');
    }
    await s.audit.append(ctx, {
      action: 'session.formulary.update',
      recordType: 'session_formulary',
      recordId: id,
      changes: { before, after: item },
    });
    return item;
  });
}
