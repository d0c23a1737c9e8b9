/**
 * A bedside-monitor simulator: streams IHE PCD-01 ORU^R01 readings over MLLP for one device
 * and prints each ACK. The script runs a hypertensive episode (SBP climbing past 180) and a
 * desaturation (SpO2 down to 89%), alternating the two NIBP code families.
 * Usage: npm run simulate:monitor -- --host 127.0.0.1 --port 2575 --device MON-01 --interval 5
 */
import { connect } from 'node:net';
import { parseArgs } from 'node:util';
import { hl7Now } from '../hl7/ack.js';
import { frame, MllpDecoder } from '../hl7/mllp-framer.js';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '2575' },
    device: { type: 'string', default: 'MON-01' },
    interval: { type: 'string', default: '5' },
    count: { type: 'string', default: '0' },
  },
});

/** Vitals at step n of a 60-step script: baseline, hypertensive climb, recovery, desaturation. */
export function vitalsAt(n: number): { sys: number; dia: number; hr: number; spo2: number; rr: number; etco2: number } {
  const step = n % 60;
  const climb = step >= 10 && step < 25 ? (step - 10) * 5 : step >= 25 && step < 32 ? (32 - step) * 9 : 0;
  const desat = step >= 40 && step < 50 ? Math.min(8, (step - 40) * 2) : 0;
  return {
    sys: 128 + climb,
    dia: 80 + Math.round(climb * 0.4),
    hr: 76 + Math.round(climb * 0.3),
    spo2: 97 - desat,
    rr: 14 - Math.round(desat / 3),
    etco2: 37 + Math.round(desat / 2),
  };
}

export function oruFor(device: string, n: number, at: Date): string {
  const v = vitalsAt(n);
  const t = hl7Now(at);
  const cuff = n % 2 === 1;
  const [sysCode, diaCode] = cuff
    ? ['150301^MDC_PRESS_CUFF_SYS', '150302^MDC_PRESS_CUFF_DIA']
    : ['150021^MDC_PRESS_BLD_NONINV_SYS', '150022^MDC_PRESS_BLD_NONINV_DIA'];
  const obx = (i: number, code: string, value: number, unit: string): string =>
    `OBX|${i}|NM|${code}^MDC|1.1.1.${i}|${value}|${unit}|||||R|||${t}||||${device}^^^EUI-64`;
  return (
    [
      `MSH|^~\\&|CHAIRSIDE_SIM|SIM|CHAIRSIDE|CLINIC|${t}||ORU^R01^ORU_R01|${device}-${n}-${at.getTime()}|P|2.6|||AL|NE||UNICODE UTF-8|||IHE_PCD_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.1.1^ISO`,
      'PID|||||^^^^^^U',
      `OBR|1|||182777000^monitoring of patient^SNOMED-CT|||${t}`,
      obx(1, sysCode, v.sys, '266016^MDC_DIM_MMHG^MDC'),
      obx(2, diaCode, v.dia, '266016^MDC_DIM_MMHG^MDC'),
      obx(3, '147842^MDC_ECG_HEART_RATE', v.hr, '264864^MDC_DIM_BEAT_PER_MIN^MDC'),
      obx(4, '150456^MDC_PULS_OXIM_SAT_O2', v.spo2, '262688^MDC_DIM_PERCENT^MDC'),
      obx(5, '151562^MDC_RESP_RATE', v.rr, '264928^MDC_DIM_RESP_PER_MIN^MDC'),
      obx(6, '151708^MDC_AWAY_CO2_ET', v.etco2, '266016^MDC_DIM_MMHG^MDC'),
    ].join('\r') + '\r'
  );
}

function main(): void {
  const intervalMs = Number(values.interval) * 1000;
  const limit = Number(values.count);
  const socket = connect(Number(values.port), values.host, () => {
    process.stdout.write(`Connected to ${values.host}:${values.port} as ${values.device}\n`);
    let n = 0;
    const send = (): void => {
      const v = vitalsAt(n);
      process.stdout.write(`→ #${n} BP ${v.sys}/${v.dia} HR ${v.hr} SpO2 ${v.spo2}% RR ${v.rr} EtCO2 ${v.etco2}\n`);
      socket.write(frame(oruFor(values.device, n, new Date())));
      n += 1;
      if (limit > 0 && n >= limit) {
        clearInterval(timer);
        setTimeout(() => socket.end(), 2000);
      }
    };
    const timer = setInterval(send, intervalMs);
    send();
  });
  const decoder = new MllpDecoder(1 << 20);
  socket.on('data', (chunk: Buffer) => {
    for (const item of decoder.push(chunk)) {
      if (item.kind === 'message') {
        const segs = item.text.split('\r').filter((s) => s.startsWith('MSA') || s.startsWith('ERR'));
        process.stdout.write(`← ${segs.join(' ')}\n`);
      }
    }
  });
  socket.on('error', (error) => {
    process.stderr.write(`Monitor simulator: ${error.message}\n`);
    process.exit(1);
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  main();
}
