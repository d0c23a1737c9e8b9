/**
 * A small HL7 v2 parser: segments by CR, fields by MSH-1, components, repetitions and
 * sub-components by MSH-2, and the standard escapes (\F\ \S\ \T\ \R\ \E\). Our own rather
 * than @medplum/core (see DESIGN-NOTES.md): it is ~100 lines we can test to the byte, and
 * failures carry the HL7 error location and table 0357 code the ACK needs.
 */

/** HL7 v2.6 table 0357 codes used in our ACKs. */
export const ErrorCode = {
  SegmentSequence: '100',
  RequiredFieldMissing: '101',
  DataType: '102',
  UnsupportedMessageType: '200',
  UnsupportedEvent: '201',
  UnsupportedProcessingId: '202',
  UnsupportedVersion: '203',
  InternalError: '207',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorCodeText: Readonly<Record<ErrorCode, string>> = {
  '100': 'Segment sequence error',
  '101': 'Required field missing',
  '102': 'Data type error',
  '200': 'Unsupported message type',
  '201': 'Unsupported event code',
  '202': 'Unsupported processing id',
  '203': 'Unsupported version id',
  '207': 'Application internal error',
};

/** A fault in a message, with where it is (ERR-2: segment^sequence^field) and its 0357 code. */
export class Hl7Fault extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    readonly location: { segment: string; sequence: number; field?: number },
  ) {
    super(message);
    this.name = 'Hl7Fault';
  }
}

export interface Encoding {
  readonly field: string;
  readonly component: string;
  readonly repetition: string;
  readonly escape: string;
  readonly subcomponent: string;
}

export interface Segment {
  readonly name: string;
  /** Position in the message counting segments of the same name from 1 (ERR-2.2). */
  readonly sequence: number;
  /** fields[n] is field n as sent; for MSH, fields[1] is the field separator itself. */
  readonly fields: readonly string[];
}

export interface Hl7Message {
  readonly encoding: Encoding;
  readonly segments: readonly Segment[];
}

function encodingOf(text: string): Encoding {
  if (!text.startsWith('MSH') || text.length < 8) {
    throw new Hl7Fault('The message does not start with an MSH segment', ErrorCode.SegmentSequence, {
      segment: 'MSH',
      sequence: 1,
    });
  }
  const field = text[3] ?? '';
  const chars = text.slice(4, text.indexOf(field, 4));
  if (chars.length < 4 || /[A-Za-z0-9\r]/.test(field + chars)) {
    throw new Hl7Fault('MSH-1/MSH-2 encoding characters are invalid', ErrorCode.DataType, {
      segment: 'MSH',
      sequence: 1,
      field: 2,
    });
  }
  const [component = '^', repetition = '~', escape = '\\', subcomponent = '&'] = chars;
  return { field, component, repetition, escape, subcomponent };
}

/** Parses the message text; throws Hl7Fault when it is not HL7 at all. */
export function parseHl7(text: string): Hl7Message {
  const encoding = encodingOf(text);
  const counts = new Map<string, number>();
  const segments: Segment[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') {
      continue;
    }
    const name = line.slice(0, 3);
    if (!/^[A-Z][A-Z0-9]{2}$/.test(name) || (line.length > 3 && line[3] !== encoding.field)) {
      throw new Hl7Fault(`"${line.slice(0, 12)}" is not a segment`, ErrorCode.SegmentSequence, {
        segment: name,
        sequence: (counts.get(name) ?? 0) + 1,
      });
    }
    const sequence = (counts.get(name) ?? 0) + 1;
    counts.set(name, sequence);
    const parts = line.split(encoding.field);
    // For MSH, the separator is field 1, so every later index shifts by one.
    const fields = name === 'MSH' ? ['MSH', encoding.field, ...parts.slice(1)] : parts;
    segments.push({ name, sequence, fields });
  }
  return { encoding, segments };
}

/** Undoes HL7 escapes; unknown escapes (hex, formatting) are kept as sent. */
export function unescapeHl7(value: string, e: Encoding): string {
  if (!value.includes(e.escape)) {
    return value;
  }
  const map: Record<string, string> = {
    F: e.field,
    S: e.component,
    T: e.subcomponent,
    R: e.repetition,
    E: e.escape,
  };
  const esc = e.escape.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return value.replace(new RegExp(`${esc}([FSTRE])${esc}`, 'g'), (_m, c: string) => map[c] ?? _m);
}

/** Escapes text for a field we write (ACK texts, simulator values). */
export function escapeHl7(value: string, e: Encoding): string {
  const specials = [e.escape, e.field, e.component, e.repetition, e.subcomponent];
  const names = ['E', 'F', 'S', 'R', 'T'];
  return Array.from(value)
    .map((ch) => (specials.includes(ch) ? `${e.escape}${names[specials.indexOf(ch)]}${e.escape}` : ch))
    .join('');
}

/** Field n, first repetition, as raw text ('' when absent). */
export function fieldOf(segment: Segment, n: number, e: Encoding): string {
  const raw = segment.fields[n] ?? '';
  return segment.name === 'MSH' && n <= 2 ? raw : (raw.split(e.repetition)[0] ?? '');
}

/** Component c (from 1) of field n, unescaped. */
export function componentOf(segment: Segment, n: number, c: number, e: Encoding): string {
  const value = fieldOf(segment, n, e);
  return unescapeHl7((value.split(e.component)[c - 1] ?? '').split(e.subcomponent)[0] ?? '', e);
}

/** Every repetition of field n, first component each, unescaped. */
export function repetitionsOf(segment: Segment, n: number, e: Encoding): string[] {
  const raw = segment.fields[n] ?? '';
  return raw === '' ? [] : raw.split(e.repetition).map((r) => unescapeHl7(r.split(e.component)[0] ?? '', e));
}

/** A whole field with its components, unescaped, trailing empty components dropped (identifiers). */
export function identifierOf(segment: Segment, n: number, e: Encoding): string {
  const parts = fieldOf(segment, n, e)
    .split(e.component)
    .map((p) => unescapeHl7(p, e));
  while (parts.length > 0 && parts[parts.length - 1] === '') {
    parts.pop();
  }
  return parts.join('^');
}
