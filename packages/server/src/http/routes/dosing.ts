import {
  CosignDosePlanBody,
  DoseInputs,
  DosePlanListResponse,
  DosePlanResponse,
  DoseResultResponse,
  IdParams,
  RecordDosePlanBody,
} from '@chairside/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { calculateDoseForInputs } from '../../app/dosing/calculate-dose.js';
import { cosignDosePlan } from '../../app/dosing/cosign-dose-plan.js';
import { listDosePlans } from '../../app/dosing/list-dose-plans.js';
import type { DosePlanView } from '../../app/dosing/plan-status.js';
import { recordDosePlan } from '../../app/dosing/record-dose-plan.js';
import type { HttpDeps } from '../deps.js';

const tags = ['dosing'];
const clinicians = { access: ['physician', 'nurse'] } as const;

const responseOf = (plan: DosePlanView) => ({
  id: plan.id,
  patientId: plan.patientId,
  protocolId: plan.protocolId,
  protocolVersion: plan.protocolVersion,
  status: plan.status,
  resultStatus: plan.resultStatus,
  inputs: plan.inputs,
  result: plan.result,
  softStopReason: plan.softStopReason,
  note: plan.note,
  createdAt: plan.createdAt,
  createdBy: plan.createdByUsername,
  createdByRole: plan.createdByRole,
  supersedesPlanId: plan.supersedesPlanId,
  cosign: plan.cosign ? { by: plan.cosign.byUsername, at: plan.cosign.at, reason: plan.cosign.reason } : null,
  approvedAt: plan.approvedAt,
});

export const dosingRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.post(
    '/api/dosing/calculate',
    {
      config: clinicians,
      schema: {
        tags,
        summary: 'Calculate a dose without a patient: dose, volume, pump rate, limits and findings; nothing is stored',
        body: DoseInputs,
        response: { 200: DoseResultResponse },
      },
    },
    async (request) => calculateDoseForInputs(deps.app, request.ctx, request.body),
  );

  app.get(
    '/api/patients/:id/dose-plans',
    {
      config: clinicians,
      schema: {
        tags,
        summary: "A patient's dose plans, oldest first, and the approved plan in force per protocol",
        params: IdParams,
        response: { 200: DosePlanListResponse },
      },
    },
    async (request) => {
      const { items, current } = await listDosePlans(deps.app, request.ctx, request.params.id);
      return { items: items.map(responseOf), current };
    },
  );

  app.post(
    '/api/patients/:id/dose-plans',
    {
      config: clinicians,
      schema: {
        tags,
        summary:
          'Record a dose plan: approved within limits; a soft-stop needs a reason and a physician co-sign; a hard-stop is stored as refused',
        params: IdParams,
        body: RecordDosePlanBody,
        response: { 201: DosePlanResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(responseOf(await recordDosePlan(deps.app, request.ctx, request.params.id, request.body))),
  );

  app.post(
    '/api/dose-plans/:id/cosign',
    {
      config: { access: ['physician'] },
      schema: {
        tags,
        summary: 'Co-sign a soft-stop dose plan with a reason (a physician); this approves it',
        params: IdParams,
        body: CosignDosePlanBody,
        response: { 200: DosePlanResponse },
      },
    },
    async (request) => responseOf(await cosignDosePlan(deps.app, request.ctx, request.params.id, request.body)),
  );
};
