/**
 * Reads an IHE PCD-01 ORU^R01 into the plain facts the domain maps: the header fields the
 * ACK and the message log need, the device identity, and every OBX as strings.
 * Structural faults (not ORU^R01, no control id, an OBX without code or status) throw Hl7Fault.
 */
import type { DeviceMessageFacts, DeviceObservation } from '@chairside/domain';
import {
  componentOf,
  ErrorCode,
  fieldOf,
  Hl7Fault,
  identifierOf,
  parseHl7,
  repetitionsOf,
  type Hl7Message,
  type Segment,
} from './hl7-parser.js';

export interface MessageHeader {
  readonly sendingApplication: string;
  readonly sendingFacility: string;
  readonly controlId: string;
  readonly processingId: string;
  readonly version: string;
}

export interface OruMessage {
  readonly header: MessageHeader;
  /** OBX-18 equipment instance identifier, else MSH-3 sending application (PID is not used). */
  readonly deviceId: string;
  readonly facts: DeviceMessageFacts;
}

/** Header fields read as far as the message allows, for an ACK to a message that fails later. */
export function readHeader(message: Hl7Message): MessageHeader {
  const msh = message.segments[0];
  const e = message.encoding;
  if (msh?.name !== 'MSH') {
    return { sendingApplication: '', sendingFacility: '', controlId: '', processingId: '', version: '' };
  }
  return {
    sendingApplication: identifierOf(msh, 3, e),
    sendingFacility: identifierOf(msh, 4, e),
    controlId: componentOf(msh, 10, 1, e),
    processingId: componentOf(msh, 11, 1, e),
    version: componentOf(msh, 12, 1, e),
  };
}

const missing = (segment: Segment, field: number, what: string): Hl7Fault =>
  new Hl7Fault(`${segment.name}-${field} (${what}) is required`, ErrorCode.RequiredFieldMissing, {
    segment: segment.name,
    sequence: segment.sequence,
    field,
  });

function checkHeader(msh: Segment, message: Hl7Message, header: MessageHeader): void {
  const e = message.encoding;
  const type = componentOf(msh, 9, 1, e);
  const event = componentOf(msh, 9, 2, e);
  const at = (field: number): Hl7Fault['location'] => ({ segment: 'MSH', sequence: 1, field });
  if (type === '') {
    throw missing(msh, 9, 'message type');
  }
  if (type !== 'ORU') {
    throw new Hl7Fault(`Message type ${type} is not accepted here (ORU only)`, ErrorCode.UnsupportedMessageType, at(9));
  }
  if (event !== 'R01') {
    throw new Hl7Fault(`Event ${event || '(empty)'} is not accepted (R01 only)`, ErrorCode.UnsupportedEvent, at(9));
  }
  if (header.controlId === '') {
    throw missing(msh, 10, 'message control id');
  }
  if (header.processingId === '') {
    throw missing(msh, 11, 'processing id');
  }
  if (!['P', 'T', 'D'].includes(header.processingId)) {
    throw new Hl7Fault(
      `Processing id ${header.processingId} is not P, T or D`,
      ErrorCode.UnsupportedProcessingId,
      at(11),
    );
  }
  if (!/^2\.[3-9](\.\d+)?$/.test(header.version)) {
    throw new Hl7Fault(
      `HL7 version ${header.version || '(empty)'} is not 2.3–2.9`,
      ErrorCode.UnsupportedVersion,
      at(12),
    );
  }
}

function observationOf(obx: Segment, message: Hl7Message): DeviceObservation {
  const e = message.encoding;
  if (componentOf(obx, 3, 1, e) === '') {
    throw missing(obx, 3, 'observation identifier');
  }
  if (fieldOf(obx, 11, e) === '') {
    throw missing(obx, 11, 'observation result status');
  }
  return {
    setId: fieldOf(obx, 1, e) || String(obx.sequence),
    valueType: componentOf(obx, 2, 1, e),
    code: componentOf(obx, 3, 1, e),
    codeName: componentOf(obx, 3, 2, e),
    codeSystem: componentOf(obx, 3, 3, e),
    value: componentOf(obx, 5, 1, e),
    unitCode: componentOf(obx, 6, 1, e),
    abnormalFlags: repetitionsOf(obx, 8, e),
    status: componentOf(obx, 11, 1, e),
    observedAt: componentOf(obx, 14, 1, e),
  };
}

/** EI/HD identifiers: the first non-empty component (entity id, else namespace/universal id). */
const firstComponent = (id: string): string => id.split('^').find((part) => part !== '') ?? '';

/** Parses and checks one ORU^R01; throws Hl7Fault with the location and code for the ACK. */
export function readOru(text: string): { message: Hl7Message; oru: OruMessage } {
  const message = parseHl7(text);
  const msh = message.segments[0];
  if (msh === undefined) {
    throw new Hl7Fault('The message is empty', ErrorCode.SegmentSequence, { segment: 'MSH', sequence: 1 });
  }
  const header = readHeader(message);
  checkHeader(msh, message, header);
  const e = message.encoding;
  const obr = message.segments.find((s) => s.name === 'OBR');
  const obxs = message.segments.filter((s) => s.name === 'OBX');
  const firstObx = message.segments.findIndex((s) => s.name === 'OBX');
  if (obr === undefined || message.segments.indexOf(obr) > firstObx || obxs.length === 0) {
    throw new Hl7Fault('An ORU^R01 needs an OBR followed by OBX segments', ErrorCode.SegmentSequence, {
      segment: obr === undefined ? 'OBR' : 'OBX',
      sequence: 1,
    });
  }
  const observations = obxs.map((obx) => observationOf(obx, message));
  const equipment = obxs.map((obx) => firstComponent(identifierOf(obx, 18, e))).find((id) => id !== '');
  const deviceId = equipment ?? firstComponent(header.sendingApplication);
  if (deviceId === '') {
    throw missing(msh, 3, 'sending application: no OBX-18 or MSH-3 identifies the monitor');
  }
  const requestObservedAt = componentOf(obr, 7, 1, e);
  return {
    message,
    oru: { header, deviceId, facts: { processingId: header.processingId, requestObservedAt, observations } },
  };
}
