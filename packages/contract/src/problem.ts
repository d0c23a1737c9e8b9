import { Type } from 'typebox';

/** RFC 9457 problem details, with Chairside's stable `code` and the fields at fault. */
export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    code: Type.String({ description: 'Stable machine-readable code, SCREAMING_SNAKE' }),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    findings: Type.Optional(Type.Array(Type.Unknown())),
  },
  { $id: 'Problem' },
);
export type Problem = Type.Static<typeof Problem>;
