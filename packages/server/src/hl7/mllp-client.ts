/**
 * A minimal MLLP sender for tests and benchmarks: one connection, messages answered in the
 * order sent (the listener guarantees it), each send resolving with its ACK code and the
 * time from write to ACK. Not used by the server itself.
 */
import { connect, type Socket } from 'node:net';
import { hl7Now } from './ack.js';
import { frame, MllpDecoder } from './mllp-framer.js';

export interface AckResult {
  readonly code: string;
  readonly text: string;
  readonly latencyMs: number;
}

interface Pending {
  readonly sentAt: number;
  readonly resolve: (result: AckResult) => void;
  readonly reject: (error: Error) => void;
}

export class MllpClient {
  private readonly pending: Pending[] = [];
  private readonly decoder = new MllpDecoder(1 << 20);

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      for (const item of this.decoder.push(chunk)) {
        const waiting = this.pending.shift();
        if (item.kind === 'message' && waiting) {
          const msa = item.text.split('\r').find((s) => s.startsWith('MSA|')) ?? '';
          waiting.resolve({
            code: msa.split('|')[1] ?? '',
            text: item.text,
            latencyMs: performance.now() - waiting.sentAt,
          });
        }
      }
    });
    socket.on('close', () => {
      for (const waiting of this.pending.splice(0)) {
        waiting.reject(new Error('MLLP connection closed before the ACK'));
      }
    });
    socket.on('error', () => undefined);
  }

  static connect(port: number, host = '127.0.0.1'): Promise<MllpClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, host, () => {
        socket.off('error', reject);
        resolve(new MllpClient(socket));
      });
      socket.once('error', reject);
    });
  }

  send(message: string): Promise<AckResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ sentAt: performance.now(), resolve, reject });
      this.socket.write(frame(message));
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.socket.end(() => {
        resolve();
      });
    });
  }
}

export interface Vitals {
  readonly sys: number;
  readonly dia: number;
  readonly hr: number;
  readonly spo2: number;
  readonly rr: number;
  readonly etco2: number;
}

/** An IHE PCD-01 ORU^R01 with a full set of vitals from one device, observed at `at`. */
export function oruMessage(device: string, controlId: string, at: Date, v: Vitals): string {
  const t = hl7Now(at);
  const obx = (i: number, code: string, value: number, unit: string): string =>
    `OBX|${i}|NM|${code}^MDC|1.1.1.${i}|${value}|${unit}|||||F|||${t}||||${device}^^^EUI-64`;
  return (
    [
      `MSH|^~\\&|CHAIRSIDE_SIM|SIM|CHAIRSIDE|CLINIC|${t}||ORU^R01^ORU_R01|${controlId}|P|2.6|||AL|NE||UNICODE UTF-8`,
      `OBR|1|||182777000^monitoring of patient^SNOMED-CT|||${t}`,
      obx(1, '150021^MDC_PRESS_BLD_NONINV_SYS', v.sys, '266016^MDC_DIM_MMHG^MDC'),
      obx(2, '150022^MDC_PRESS_BLD_NONINV_DIA', v.dia, '266016^MDC_DIM_MMHG^MDC'),
      obx(3, '147842^MDC_ECG_HEART_RATE', v.hr, '264864^MDC_DIM_BEAT_PER_MIN^MDC'),
      obx(4, '150456^MDC_PULS_OXIM_SAT_O2', v.spo2, '262688^MDC_DIM_PERCENT^MDC'),
      obx(5, '151562^MDC_RESP_RATE', v.rr, '264928^MDC_DIM_RESP_PER_MIN^MDC'),
      obx(6, '151708^MDC_AWAY_CO2_ET', v.etco2, '266016^MDC_DIM_MMHG^MDC'),
    ].join('\r') + '\r'
  );
}
