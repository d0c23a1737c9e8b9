/** The controlled-substance ledger: receiving, draws, waste, counts, corrections and reports. */
import { Type } from 'typebox';
import { IsoDate, IsoDateTime, RequiredText, Strict, Uuid } from './common.js';

/** An amount in milligrams; the server refuses zero, negatives and more than 0.001 mg precision. */
const Mg = Type.Number({ maximum: 1_000_000 });
const Ml = Type.Number({ maximum: 1_000 });

export const LedgerProductKind = Type.Union([Type.Literal('ketamine-hcl-vial'), Type.Literal('esketamine-device')]);
export type LedgerProductKind = Type.Static<typeof LedgerProductKind>;

export const RegistrantBody = Strict({
  name: RequiredText(200),
  address: RequiredText(400),
  deaNumber: RequiredText(20),
});
export type RegistrantBody = Type.Static<typeof RegistrantBody>;

export const ReceiveStockBody = Strict({
  productKind: LedgerProductKind,
  ndc: RequiredText(20),
  lot: RequiredText(40),
  expiryDate: Type.String({
    maxLength: 10,
    pattern: '^\\d{4}-\\d{2}(-\\d{2})?$',
    description: 'YYYY-MM-DD or YYYY-MM',
  }),
  concentrationMgPerMl: Type.Optional(Type.Number({ maximum: 10_000 })),
  volumeMl: Type.Optional(Ml),
  mgPerDevice: Type.Optional(Type.Number({ maximum: 1_000 })),
  quantity: Type.Integer({ maximum: 100_000, description: 'Number of vials or devices' }),
  location: RequiredText(100),
  supplier: RegistrantBody,
  invoiceNumber: RequiredText(60),
  invoiceDate: IsoDate,
});
export type ReceiveStockBody = Type.Static<typeof ReceiveStockBody>;

export const WitnessCredentialsBody = Strict(
  { username: RequiredText(100), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { description: 'The witness re-enters their OWN username and password' },
);
export type WitnessCredentialsBody = Type.Static<typeof WitnessCredentialsBody>;

export const DrawBody = Strict({
  containerId: Uuid,
  sessionId: Uuid,
  patientId: Uuid,
  amountMg: Mg,
  volumeMl: Type.Optional(Ml),
});
export type DrawBody = Type.Static<typeof DrawBody>;

export const AdministrationBody = Strict({
  containerId: Uuid,
  sessionId: Uuid,
  amountMg: Type.Optional(
    Type.Number({ maximum: 1_000_000, description: 'Only when the session record lacks the session' }),
  ),
  administeredAt: Type.Optional(IsoDateTime),
});
export type AdministrationBody = Type.Static<typeof AdministrationBody>;

export const WasteBody = Strict({
  source: Type.Union([Type.Literal('session'), Type.Literal('stock')]),
  containerId: Uuid,
  sessionId: Type.Optional(Uuid),
  reason: Type.Optional(RequiredText(500)),
  amountMg: Mg,
  method: RequiredText(200),
  wastedAt: Type.Optional(IsoDateTime),
  witness: Type.Optional(WitnessCredentialsBody),
});
export type WasteBody = Type.Static<typeof WasteBody>;

export const CountBody = Strict({ containerId: Uuid, countedMg: Mg, witness: WitnessCredentialsBody });
export type CountBody = Type.Static<typeof CountBody>;

export const ReturnBody = Strict({
  destination: Type.Union([Type.Literal('supplier'), Type.Literal('stock')]),
  containerId: Uuid,
  amountMg: Mg,
  returnedTo: Type.Optional(RegistrantBody),
  reference: Type.Optional(RequiredText(60)),
  sessionId: Type.Optional(Uuid),
  reason: Type.Optional(RequiredText(500)),
});
export type ReturnBody = Type.Static<typeof ReturnBody>;

export const TransferBody = Strict({
  containerId: Uuid,
  toLocation: RequiredText(100),
  splitUnitCount: Type.Optional(Type.Integer({ maximum: 100_000 })),
});
export type TransferBody = Type.Static<typeof TransferBody>;

export const DestructionReasonSchema = Type.Union([
  Type.Literal('expired'),
  Type.Literal('damaged'),
  Type.Literal('recalled'),
  Type.Literal('unwanted'),
]);

export const DestructionBody = Strict({
  kind: Type.Union([Type.Literal('reverse-distributor'), Type.Literal('on-site')]),
  containerId: Uuid,
  amountMg: Mg,
  reason: DestructionReasonSchema,
  registrant: Type.Optional(RegistrantBody),
  manner: Type.Optional(RequiredText(200)),
  witness: Type.Optional(WitnessCredentialsBody),
});
export type DestructionBody = Type.Static<typeof DestructionBody>;

export const CorrectionBody = Strict({
  correctsEventId: Uuid,
  deltaMg: Type.Number({ minimum: -1_000_000, maximum: 1_000_000 }),
  reason: RequiredText(1000),
});
export type CorrectionBody = Type.Static<typeof CorrectionBody>;

export const ResolveDiscrepancyBody = Strict({ explanation: RequiredText(2000) });
export const ReportDiscrepancyBody = Strict({ reportedOn: IsoDate, reference: Type.Optional(RequiredText(100)) });
export type ReportDiscrepancyBody = Type.Static<typeof ReportDiscrepancyBody>;

export const ReportRangeQuery = Strict({ from: IsoDateTime, to: IsoDateTime });
export type ReportRangeQuery = Type.Static<typeof ReportRangeQuery>;

export const InventoryQuery = Strict({
  kind: Type.Union([Type.Literal('initial'), Type.Literal('biennial')]),
  businessTime: Type.Union([Type.Literal('opening-of-business'), Type.Literal('close-of-business')]),
  at: IsoDateTime,
});
export type InventoryQuery = Type.Static<typeof InventoryQuery>;

export const LedgerEventIdParams = Strict({ id: Uuid });

/** One ledger event as stored (the fields depend on `type`). */
export interface LedgerEventView {
  readonly id: string;
  readonly sequence: number;
  readonly type: string;
  readonly at: string;
  readonly by: string;
  readonly hash: string;
  readonly previousHash: string;
  readonly [field: string]: unknown;
}

export interface LedgerContainerView {
  readonly containerId: string;
  readonly productKind: LedgerProductKind;
  readonly ndc: string;
  readonly lot: string;
  readonly expiryDate: string;
  readonly location: string;
  readonly balanceMg: number;
  readonly balanceMl?: number;
  readonly devices?: number;
  readonly substanceName: string;
  readonly finishedForm: string;
  readonly receivedAt: string;
  readonly expired: boolean;
  readonly details: ReceiveStockBody;
  readonly lastCount: { at: string; countedMg: number; countedBy: string; witnessedBy: string } | null;
}

export interface LedgerFindingView {
  readonly ruleId: string;
  readonly message: string;
  readonly severity?: string;
  readonly values?: Readonly<Record<string, unknown>>;
}

export interface DiscrepancyView {
  readonly countEventId: string;
  readonly containerId: string;
  readonly discoveredAt: string;
  readonly countedMg: number;
  readonly expectedMg: number;
  readonly differenceMg: number;
  readonly status: 'open' | 'resolved' | 'reported-to-dea';
  readonly explanation: string | null;
  readonly reportedOn: string | null;
  readonly deaNoticeDueAt: string;
  readonly deaForm106DueDate: string;
  readonly noticeOverdue: boolean;
}

export interface OpenWasteView {
  readonly eventId: string;
  readonly containerId: string;
  readonly sessionId: string | null;
  readonly amountMg: number;
  readonly method: string;
  readonly wastedBy: string;
  readonly wastedAt: string;
}

export interface SessionAccountView {
  readonly sessionId: string;
  readonly patientId: string | null;
  readonly drawnMg: number;
  readonly administeredMg: number;
  readonly wastedMg: number;
  readonly returnedMg: number;
  readonly discrepancyMg: number;
  readonly status: 'reconciled' | 'awaiting-witness' | 'unaccounted' | 'over-accounted' | 'no-activity';
  readonly unwitnessedWasteEventIds: readonly string[];
  readonly containers: readonly {
    containerId: string;
    drawnMg: number;
    administeredMg: number;
    wastedMg: number;
    returnedMg: number;
    discrepancyMg: number;
  }[];
  readonly sessionOnRecord: boolean;
  readonly recordDeliveredMg: number | null;
  readonly sessionState: string | null;
}

export interface LedgerOverviewView {
  readonly timeZone: string | null;
  readonly containers: readonly LedgerContainerView[];
  readonly byProductLocation: readonly {
    productKind: LedgerProductKind;
    location: string;
    balanceMg: number;
    containerCount: number;
  }[];
  readonly discrepancies: readonly DiscrepancyView[];
  readonly openWastes: readonly OpenWasteView[];
  readonly sessions: readonly SessionAccountView[];
  readonly people: Readonly<Record<string, string>>;
  readonly patients: Readonly<Record<string, string>>;
  readonly eventCount: number;
}

export interface ContainerHistoryView {
  readonly container: LedgerContainerView;
  readonly events: readonly LedgerEventView[];
  readonly people: Readonly<Record<string, string>>;
}

export interface StaffWasteView {
  readonly userId: string;
  readonly wasteCount: number;
  readonly wastedMg: number;
  readonly outlierByAmount: boolean;
  readonly outlierByCount: boolean;
}

export interface DiversionView {
  readonly staff: readonly StaffWasteView[];
  readonly medianWastedMg: number | null;
  readonly medianWasteCount: number | null;
  readonly findings: readonly LedgerFindingView[];
  readonly people: Readonly<Record<string, string>>;
  readonly shiftsKnown: boolean;
}
