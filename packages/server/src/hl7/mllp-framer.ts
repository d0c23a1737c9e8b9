/**
 * MLLP framing (HL7 v2 Minimal Lower Layer Protocol): each message is sent as
 * 0x0B <message> 0x1C 0x0D. TCP delivers bytes, not messages, so one read may hold part of a
 * frame or several frames; the decoder keeps what it has not finished per connection.
 */
export const VT = 0x0b;
export const FS = 0x1c;
export const CR = 0x0d;

export function frame(message: string): Buffer {
  return Buffer.concat([Buffer.from([VT]), Buffer.from(message, 'utf8'), Buffer.from([FS, CR])]);
}

export type DecodedItem =
  { readonly kind: 'message'; readonly text: string } | { readonly kind: 'oversize'; readonly bytes: number };

/** Per-connection decoder. Bytes outside a frame are dropped; a frame over the limit is skipped whole. */
export class MllpDecoder {
  private buffer: Buffer = Buffer.alloc(0);
  private inFrame = false;
  private skipping = false;
  private skippedBytes = 0;
  /** Bytes seen outside any frame (line noise, a peer speaking another protocol). */
  garbageBytes = 0;

  constructor(private readonly maxFrameBytes: number) {}

  push(chunk: Buffer): DecodedItem[] {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const items: DecodedItem[] = [];
    for (;;) {
      if (!this.inFrame) {
        const start = this.buffer.indexOf(VT);
        this.garbageBytes += start === -1 ? this.buffer.length : start;
        if (start === -1) {
          this.buffer = Buffer.alloc(0);
          return items;
        }
        this.buffer = this.buffer.subarray(start + 1);
        this.inFrame = true;
      }
      const end = this.findEnd();
      if (end === -1) {
        this.guardSize();
        return items;
      }
      const body = this.buffer.subarray(0, end);
      this.buffer = this.buffer.subarray(end + 2);
      this.inFrame = false;
      if (this.skipping) {
        items.push({ kind: 'oversize', bytes: this.skippedBytes + body.length });
        this.skipping = false;
        this.skippedBytes = 0;
      } else if (body.length > this.maxFrameBytes) {
        items.push({ kind: 'oversize', bytes: body.length });
      } else {
        items.push({ kind: 'message', text: body.toString('utf8') });
      }
    }
  }

  private findEnd(): number {
    let from = 0;
    for (;;) {
      const at = this.buffer.indexOf(FS, from);
      if (at === -1 || at + 1 >= this.buffer.length) {
        return -1;
      }
      if (this.buffer[at + 1] === CR) {
        return at;
      }
      from = at + 1;
    }
  }

  /** An unfinished frame over the limit is not buffered further: its bytes are counted and dropped. */
  private guardSize(): void {
    if (this.buffer.length > this.maxFrameBytes + 1) {
      const keep = 1; // a trailing FS may be the first half of the end marker
      this.skipping = true;
      this.skippedBytes += this.buffer.length - keep;
      this.buffer = this.buffer.subarray(this.buffer.length - keep);
    }
  }
}
