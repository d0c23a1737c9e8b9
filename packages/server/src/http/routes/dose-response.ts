import { DoseDecisionBody, DoseResponseView, IdParams } from '@chairside/contract';
import { clinicalRoles, getScale } from '@chairside/domain';
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  getDoseResponse,
  recordDoseDecision,
  type DoseResponseView as View,
} from '../../app/outcomes/dose-response.js';
import type { HttpDeps } from '../deps.js';

const tags = ['outcomes'];

const decisionOf = (details: unknown): { suggested: number | null; decided: number } => {
  const d = details as { suggestedDoseMgPerKg?: number | null; decidedDoseMgPerKg?: number };
  return { suggested: d.suggestedDoseMgPerKg ?? null, decided: d.decidedDoseMgPerKg ?? 0 };
};

const view = (v: View): DoseResponseView => ({
  courseId: v.courseId,
  protocolId: v.protocolId,
  scaleId: v.scaleId,
  scaleName: getScale(v.scaleId).abbreviation,
  limits: v.limits,
  rows: v.rows.map((r) => ({
    sessionAt: r.sessionAt,
    doseMgPerKg: r.doseMgPerKg,
    peakSystolicMmHg: r.peakSystolicMmHg ?? null,
    peakSbpRiseMmHg: r.peakSbpRiseMmHg ?? null,
    cadss6Total: r.cadss6Total ?? null,
    nextScore: r.nextScore ? { total: r.nextScore.total, takenAt: r.nextScore.takenAt } : null,
    changeSincePreviousPoints: r.changeSincePreviousPoints ?? null,
    response: r.classification?.response ?? null,
  })),
  sessionsWithoutDose: v.sessionsWithoutDose,
  suggestion: v.suggestion,
  note: v.note,
  findings: v.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    source: { tag: f.source.tag, citation: f.source.citation },
  })),
  decisions: v.decisions.map((e) => {
    const d = decisionOf(e.details);
    return {
      at: e.at,
      by: e.byUsername,
      suggestedDoseMgPerKg: d.suggested,
      decidedDoseMgPerKg: d.decided,
      reason: e.reason,
    };
  }),
});

export const doseResponseRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/courses/:id/dose-response',
    {
      config: { access: clinicalRoles },
      schema: {
        tags,
        summary: 'Per session: mg/kg, peak BP rise, CADSS-6, next score change; and a suggested next dose',
        params: IdParams,
        response: { 200: DoseResponseView },
      },
    },
    async (request) => view(await getDoseResponse(deps.app, request.ctx, request.params.id)),
  );

  app.post(
    '/api/courses/:id/dose-decisions',
    {
      config: { access: ['physician'] },
      schema: {
        tags,
        summary:
          "Record the physician's decision on the next dose (accept or change the suggestion; applied to nothing)",
        params: IdParams,
        body: DoseDecisionBody,
        response: { 201: Type.Object({ id: Type.String() }) },
      },
    },
    async (request, reply) => {
      const event = await recordDoseDecision(deps.app, request.ctx, request.params.id, request.body);
      return reply.status(201).send({ id: event.id });
    },
  );
};
