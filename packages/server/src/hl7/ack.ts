/**
 * HL7 acknowledgements (original mode): MSA-1 AA when the readings are committed, AE when
 * the message was understood but could not be processed, AR when it is refused outright.
 * A fault adds an ERR segment: ERR-2 location, ERR-3 code from HL7 v2.6 table 0357, ERR-4 E.
 */
import { errorCodeText, escapeHl7, type ErrorCode, type Encoding, type Hl7Fault } from './hl7-parser.js';
import type { MessageHeader } from './oru-reader.js';

export type AckCode = 'AA' | 'AE' | 'AR';

const standard: Encoding = { field: '|', component: '^', repetition: '~', escape: '\\', subcomponent: '&' };

/** HL7 DTM with the UTC offset, as PCD-01 asks. */
export function hl7Now(at: Date): string {
  const iso = at.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+0000`;
}

export interface AckInput {
  readonly code: AckCode;
  readonly header: MessageHeader;
  readonly ackControlId: string;
  readonly at: Date;
  readonly fault?: { readonly code: ErrorCode; readonly location: Hl7Fault['location']; readonly text: string };
}

export function buildAck(input: AckInput): string {
  const esc = (v: string): string => escapeHl7(v, standard);
  const { header } = input;
  const processing = ['P', 'T', 'D'].includes(header.processingId) ? header.processingId : 'P';
  const receiver = (id: string): string => id.split('^').map(esc).join('^');
  const segments = [
    `MSH|^~\\&|CHAIRSIDE|CHAIRSIDE|${receiver(header.sendingApplication)}|${receiver(header.sendingFacility)}|${hl7Now(input.at)}||ACK^R01^ACK|${esc(input.ackControlId)}|${processing}|2.6`,
    `MSA|${input.code}|${esc(header.controlId)}`,
  ];
  if (input.fault) {
    const { location, code, text } = input.fault;
    const erl = [
      location.segment,
      String(location.sequence),
      location.field === undefined ? '' : String(location.field),
    ]
      .join('^')
      .replace(/\^+$/, '');
    segments.push(`ERR||${erl}|${code}^${esc(errorCodeText[code])}^HL70357|E||||${esc(text.slice(0, 200))}`);
  }
  return `${segments.join('\r')}\r`;
}
