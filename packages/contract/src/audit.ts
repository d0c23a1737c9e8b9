import { Type } from 'typebox';
import { IsoDateTime, Strict, Text, Uuid } from './common.js';

export const AuditEvent = Type.Object({
  seq: Type.Integer(),
  id: Uuid,
  at: Type.String(),
  actorUserId: Type.Union([Type.String(), Type.Null()]),
  actorUsername: Type.Union([Type.String(), Type.Null()]),
  actorRole: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  recordType: Type.String(),
  recordId: Type.Union([Type.String(), Type.Null()]),
  patientId: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  clientAddress: Type.Union([Type.String(), Type.Null()]),
  changes: Type.Unknown(),
  hash: Type.String(),
});
export type AuditEvent = Type.Static<typeof AuditEvent>;

export const AuditQuery = Strict({
  from: Type.Optional(IsoDateTime),
  to: Type.Optional(IsoDateTime),
  actor: Type.Optional(Text(100, { description: 'Username' })),
  action: Type.Optional(Text(100, { description: 'Action prefix, e.g. patient.' })),
  recordType: Type.Optional(Text(100)),
  patientId: Type.Optional(Uuid),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  beforeSeq: Type.Optional(
    Type.Integer({ minimum: 1, description: 'For paging: events older than this sequence number' }),
  ),
});
export type AuditQuery = Type.Static<typeof AuditQuery>;

export const AuditPage = Type.Object({
  items: Type.Array(AuditEvent),
  nextBeforeSeq: Type.Union([Type.Integer(), Type.Null()]),
});
export type AuditPage = Type.Static<typeof AuditPage>;

export const ChainVerification = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  firstBrokenSeq: Type.Union([Type.Integer(), Type.Null()]),
  message: Type.String(),
});
export type ChainVerification = Type.Static<typeof ChainVerification>;

export const Health = Type.Object({
  status: Type.Literal('ok'),
  database: Type.Union([Type.Literal('pglite'), Type.Literal('postgresql')]),
  migration: Type.Object({ applied: Type.Integer(), latest: Type.Union([Type.String(), Type.Null()]) }),
  version: Type.String(),
});
export type Health = Type.Static<typeof Health>;
