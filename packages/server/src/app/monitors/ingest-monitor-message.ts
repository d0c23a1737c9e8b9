/**
 * Ingests one monitor message: parse, map, then in ONE transaction record the monitor, the
 * raw message and its readings (to the bound chair, or the holding list) with an audit event.
 * The ACK is built only after that transaction commits; if it fails, nothing is stored, the
 * failure is logged in a second transaction, and the monitor gets AE so it resends.
 */
import { mapDeviceObservations, type DeviceMapping } from '@chairside/domain';
import { buildAck, type AckCode } from '../../hl7/ack.js';
import { ErrorCode, Hl7Fault, parseHl7 } from '../../hl7/hl7-parser.js';
import { readHeader, readOru, type MessageHeader, type OruMessage } from '../../hl7/oru-reader.js';
import type { AppDeps, RequestContext, StoredDeviceReading } from '../ports.js';
import { sessionsOnDeviceReadings } from '../sessions/device-readings.js';

export interface IngestResult {
  readonly ack: string;
  readonly ackCode: AckCode;
  readonly readings: number;
  readonly held: boolean;
}

const emptyHeader: MessageHeader = {
  sendingApplication: '',
  sendingFacility: '',
  controlId: '',
  processingId: '',
  version: '',
};

function headerOf(text: string): MessageHeader {
  try {
    return readHeader(parseHl7(text));
  } catch {
    return emptyHeader;
  }
}

async function commit(
  deps: AppDeps,
  ctx: RequestContext,
  text: string,
  oru: OruMessage,
  mapping: DeviceMapping,
): Promise<{ readings: number; held: boolean; rows: StoredDeviceReading[] }> {
  const at = deps.clock.now().toISOString();
  return deps.tx.run(async (s) => {
    const monitor = await s.monitors.seen({ id: deps.ids.uuid(), deviceId: oru.deviceId }, at);
    const binding = await s.monitors.activeBindingForMonitor(monitor.id);
    const messageId = deps.ids.uuid();
    await s.monitors.insertMessage({
      id: messageId,
      monitorId: monitor.id,
      receivedAt: at,
      controlId: oru.header.controlId,
      processingId: oru.header.processingId,
      demo: mapping.demo,
      ackCode: 'AA',
      error: null,
      outcomes: mapping.outcomes,
      raw: text,
    });
    const rows: StoredDeviceReading[] = mapping.readings.map((reading) => ({
      id: deps.ids.uuid(),
      monitorId: monitor.id,
      deviceId: monitor.deviceId,
      messageId,
      chairLabel: binding?.chairLabel ?? null,
      bindingId: binding?.id ?? null,
      receivedAt: at,
      status: reading.status,
      reading,
    }));
    await s.monitors.insertReadings(rows);
    await s.audit.append(ctx, {
      action: 'monitors.message.receive',
      recordType: 'monitor_message',
      recordId: messageId,
      changes: {
        deviceId: monitor.deviceId,
        controlId: oru.header.controlId,
        readings: rows.length,
        chair: binding?.chairLabel ?? null,
        demo: mapping.demo,
      },
    });
    return { readings: rows.length, held: binding === undefined, rows };
  });
}

async function logRefusal(
  deps: AppDeps,
  text: string,
  header: MessageHeader,
  code: AckCode,
  error: string,
): Promise<void> {
  try {
    await deps.tx.run((s) =>
      s.monitors.insertMessage({
        id: deps.ids.uuid(),
        monitorId: null,
        receivedAt: deps.clock.now().toISOString(),
        controlId: header.controlId || null,
        processingId: header.processingId || null,
        demo: header.processingId !== 'P',
        ackCode: code,
        error: error.slice(0, 2000),
        outcomes: null,
        raw: text.slice(0, 1_000_000),
      }),
    );
  } catch {
    // The database is down: the AE still goes out, and the monitor resends.
  }
}

/** After the commit: the readings are stored whatever happens here, so a failure is only logged. */
async function toSessions(deps: AppDeps, rows: readonly StoredDeviceReading[]): Promise<void> {
  if (rows.every((r) => r.chairLabel === null)) {
    return;
  }
  try {
    await sessionsOnDeviceReadings(deps, rows);
  } catch (error) {
    deps.onBackgroundError?.(error);
  }
}

/** Message-level refusals (unsupported type/event/processing id/version) are AR; the rest AE. */
const refusalCode = (fault: Hl7Fault): AckCode => (['200', '201', '202', '203'].includes(fault.code) ? 'AR' : 'AE');

export async function ingestMonitorMessage(deps: AppDeps, ctx: RequestContext, text: string): Promise<IngestResult> {
  const ackControlId = deps.ids.uuid().replace(/-/g, '').slice(0, 20);
  const at = deps.clock.now();
  let parsed: OruMessage;
  try {
    parsed = readOru(text).oru;
  } catch (error) {
    const fault =
      error instanceof Hl7Fault
        ? error
        : new Hl7Fault('Unreadable message', ErrorCode.DataType, { segment: 'MSH', sequence: 1 });
    const header = headerOf(text);
    const code = refusalCode(fault);
    await logRefusal(deps, text, header, code, fault.message);
    const ack = buildAck({
      code,
      header,
      ackControlId,
      at,
      fault: { code: fault.code, location: fault.location, text: fault.message },
    });
    return { ack, ackCode: code, readings: 0, held: false };
  }
  try {
    const { rows, ...stored } = await commit(deps, ctx, text, parsed, mapDeviceObservations(parsed.facts));
    await toSessions(deps, rows);
    return { ack: buildAck({ code: 'AA', header: parsed.header, ackControlId, at }), ackCode: 'AA', ...stored };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await logRefusal(deps, text, parsed.header, 'AE', `not stored: ${reason}`);
    const fault = {
      code: ErrorCode.InternalError,
      location: { segment: 'MSH', sequence: 1 },
      text: 'The readings could not be stored; resend',
    };
    return {
      ack: buildAck({ code: 'AE', header: parsed.header, ackControlId, at, fault }),
      ackCode: 'AE',
      readings: 0,
      held: false,
    };
  }
}

/** The listener's handler for an oversize frame: AR, with nothing read from it. */
export function oversizeAck(deps: AppDeps, bytes: number): string {
  return buildAck({
    code: 'AR',
    header: emptyHeader,
    ackControlId: deps.ids.uuid().replace(/-/g, '').slice(0, 20),
    at: deps.clock.now(),
    fault: {
      code: ErrorCode.InternalError,
      location: { segment: 'MSH', sequence: 1 },
      text: `Frame of ${bytes} bytes exceeds the size limit`,
    },
  });
}
