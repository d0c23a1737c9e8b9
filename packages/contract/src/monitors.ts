import { Type } from 'typebox';
import { type TSchema } from 'typebox';
import { IsoDateTime, RequiredText, Strict, Uuid } from './common.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const BindMonitorBody = Strict({
  deviceId: RequiredText(200, 'The monitor as its messages name it (OBX-18 or MSH-3)'),
  chairLabel: RequiredText(60, 'The chair, e.g. "Chair 1"'),
});
export type BindMonitorBody = Type.Static<typeof BindMonitorBody>;

export const MonitorBinding = Strict({
  id: Uuid,
  monitorId: Uuid,
  chairLabel: Type.String({ maxLength: 60 }),
  boundAt: IsoDateTime,
  boundBy: Uuid,
  endedAt: Nullable(IsoDateTime),
  endedBy: Nullable(Uuid),
});
export type MonitorBinding = Type.Static<typeof MonitorBinding>;

export const MonitorSummary = Strict({
  id: Uuid,
  deviceId: Type.String({ maxLength: 200 }),
  label: Nullable(Type.String({ maxLength: 200 })),
  firstSeenAt: Nullable(IsoDateTime),
  lastSeenAt: Nullable(IsoDateTime),
  binding: Nullable(MonitorBinding),
});
export type MonitorSummary = Type.Static<typeof MonitorSummary>;
export const MonitorListResponse = Strict({ items: Type.Array(MonitorSummary) });
export type MonitorListResponse = Type.Static<typeof MonitorListResponse>;

const measure = (min: number, max: number) => Type.Optional(Type.Number({ minimum: min, maximum: max }));
export const DeviceReadingView = Strict({
  id: Uuid,
  deviceId: Type.String({ maxLength: 200 }),
  chairLabel: Nullable(Type.String({ maxLength: 60 })),
  takenAt: IsoDateTime,
  receivedAt: IsoDateTime,
  status: Type.Union([Type.Literal('unverified'), Type.Literal('final'), Type.Literal('corrected')]),
  systolicMmHg: measure(0, 400),
  diastolicMmHg: measure(0, 400),
  heartRateBpm: measure(0, 400),
  spo2Pct: measure(0, 100),
  respiratoryRatePerMin: measure(0, 200),
  etco2MmHg: measure(0, 200),
});
export type DeviceReadingView = Type.Static<typeof DeviceReadingView>;
export const DeviceReadingList = Strict({ items: Type.Array(DeviceReadingView) });
export type DeviceReadingList = Type.Static<typeof DeviceReadingList>;

export const HeldReadingsQuery = Strict({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
});

export const ChairReadingsQuery = Strict({
  chair: RequiredText(60),
  from: IsoDateTime,
  to: IsoDateTime,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, default: 1000 })),
});
export type ChairReadingsQuery = Type.Static<typeof ChairReadingsQuery>;

export const MonitorMessageView = Strict({
  id: Uuid,
  receivedAt: IsoDateTime,
  controlId: Nullable(Type.String({ maxLength: 200 })),
  processingId: Nullable(Type.String({ maxLength: 10 })),
  demo: Type.Boolean(),
  ackCode: Type.String({ maxLength: 2 }),
  error: Nullable(Type.String({ maxLength: 2000 })),
});
export type MonitorMessageView = Type.Static<typeof MonitorMessageView>;
export const MonitorMessageList = Strict({ items: Type.Array(MonitorMessageView) });
export type MonitorMessageList = Type.Static<typeof MonitorMessageList>;
