import { Type } from 'typebox';
import { IsoDate, IsoDateTime, RequiredText, Strict, Uuid } from './common.js';

/** A scale as the forms need it: items (verbatim text only where the licence allows), options, bands. */
export const ScaleView = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  title: Type.String(),
  abbreviation: Type.String(),
  administeredBy: Type.Union([Type.Literal('patient'), Type.Literal('clinician')]),
  recallPeriod: Type.String(),
  instructions: Type.Union([Type.String(), Type.Null()]),
  licence: Type.Object({ status: Type.String(), note: Type.String(), itemTextIncluded: Type.Boolean() }),
  items: Type.Array(Type.Object({ id: Type.String(), number: Type.Integer(), label: Type.String() })),
  answerOptions: Type.Array(Type.Object({ value: Type.Integer(), label: Type.String() })),
  totalRange: Type.Object({ min: Type.Integer(), max: Type.Integer() }),
  bands: Type.Array(
    Type.Object({ id: Type.String(), label: Type.String(), minTotal: Type.Integer(), maxTotal: Type.Integer() }),
  ),
});
export type ScaleView = Type.Static<typeof ScaleView>;

export const ScaleAnswerBody = Strict({
  itemId: RequiredText(40),
  // One JSON-schema type list, not anyOf: with the server's type coercion an anyOf of
  // integer|null turns an unanswered item (null) into 0, silently imputing an answer.
  value: Type.Unsafe<number | null>({
    type: ['integer', 'null'],
    minimum: 0,
    maximum: 100,
    description: 'null when the item was left unanswered (the form is then incomplete and not scored)',
  }),
});

const answers = Type.Array(ScaleAnswerBody, {
  minItems: 1,
  maxItems: 40,
  description: 'One entry per item, in any order',
});

export const EnterResponseBody = Strict({
  scaleId: RequiredText(20, 'phq-9, gad-7, pcl-5, pain-nrs, isi, wsas, cadss-6, moaa-s'),
  answers,
  takenAt: Type.Optional(IsoDateTime),
  assignmentId: Type.Optional(Uuid),
});
export type EnterResponseBody = Type.Static<typeof EnterResponseBody>;

export const PortalSubmitBody = Strict({ answers });
export type PortalSubmitBody = Type.Static<typeof PortalSubmitBody>;

export const ScaleFlagView = Type.Object({
  flag: Type.String(),
  rule: Type.String(),
  severity: Type.String(),
  message: Type.String(),
});

export const QuestionnaireResponseView = Type.Object({
  id: Uuid,
  patientId: Uuid,
  scaleId: Type.String(),
  scaleVersion: Type.Integer(),
  answers: Type.Array(Type.Object({ itemId: Type.String(), value: Type.Union([Type.Integer(), Type.Null()]) })),
  complete: Type.Boolean(),
  missingItems: Type.Array(Type.String()),
  total: Type.Union([Type.Integer(), Type.Null()]),
  band: Type.Union([Type.Object({ id: Type.String(), label: Type.String() }), Type.Null()]),
  flags: Type.Array(ScaleFlagView),
  enteredBy: Type.Object({ userId: Uuid, username: Type.String(), role: Type.String(), onBehalf: Type.Boolean() }),
  assignmentId: Type.Union([Uuid, Type.Null()]),
  takenAt: Type.String(),
  recordedAt: Type.String(),
});
export type QuestionnaireResponseView = Type.Static<typeof QuestionnaireResponseView>;

export const RecordedResponseView = Type.Object({
  response: QuestionnaireResponseView,
  suicideRisk: Type.Boolean(),
  taskId: Type.Union([Uuid, Type.Null()]),
});
export type RecordedResponseView = Type.Static<typeof RecordedResponseView>;

export const AssignQuestionnaireBody = Strict({
  scaleId: RequiredText(20),
  dueDate: IsoDate,
  recurrence: Type.Union([Type.Literal('none'), Type.Literal('weekly')], { default: 'none' }),
});
export type AssignQuestionnaireBody = Type.Static<typeof AssignQuestionnaireBody>;

export const AssignmentView = Type.Object({
  id: Uuid,
  patientId: Uuid,
  scaleId: Type.String(),
  dueDate: Type.String(),
  recurrence: Type.String(),
  status: Type.String(),
  assignedAt: Type.String(),
  completedAt: Type.Union([Type.String(), Type.Null()]),
  responseId: Type.Union([Uuid, Type.Null()]),
});
export type AssignmentView = Type.Static<typeof AssignmentView>;

export const TaskView = Type.Object({
  id: Uuid,
  type: Type.String(),
  priority: Type.Union([Type.Literal('urgent'), Type.Literal('routine')]),
  patient: Type.Object({ id: Uuid, name: Type.String(), mrn: Type.String() }),
  title: Type.String(),
  detail: Type.String(),
  assignedRole: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('open'), Type.Literal('done')]),
  source: Type.Object({ type: Type.String(), id: Uuid }),
  createdAt: Type.String(),
  completed: Type.Union([Type.Object({ at: Type.String(), by: Type.String(), note: Type.String() }), Type.Null()]),
});
export type TaskView = Type.Static<typeof TaskView>;

export const TaskListQuery = Strict({
  status: Type.Optional(
    Type.Union([Type.Literal('open'), Type.Literal('done'), Type.Literal('all')], { default: 'open' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 200 })),
});
export type TaskListQuery = Type.Static<typeof TaskListQuery>;

export const CompleteTaskBody = Strict({
  note: RequiredText(2000, 'What was done, e.g. the risk assessment and plan'),
});
export type CompleteTaskBody = Type.Static<typeof CompleteTaskBody>;
