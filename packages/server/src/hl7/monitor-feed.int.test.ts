import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { frame, MllpDecoder } from './mllp-framer.js';
import { startMonitorFeed } from './monitor-feed.js';
import type { MllpListener } from './mllp-listener.js';

const fixture = (name: string): string => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

/** A real MLLP peer: sends frames on one kept-open connection and collects the ACKs. */
class Peer {
  private readonly decoder = new MllpDecoder(1 << 20);
  private readonly acks: string[] = [];
  private waiters: (() => void)[] = [];
  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      for (const item of this.decoder.push(chunk)) {
        if (item.kind === 'message') {
          this.acks.push(item.text);
        }
      }
      this.waiters.forEach((w) => {
        w();
      });
    });
  }
  static open(port: number): Promise<Peer> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        resolve(new Peer(socket));
      });
      socket.once('error', reject);
    });
  }
  send(...texts: string[]): void {
    this.socket.write(Buffer.concat(texts.map(frame)));
  }
  async take(count: number): Promise<string[]> {
    while (this.acks.length < count) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    return this.acks.splice(0, count);
  }
  close(): void {
    this.socket.destroy();
  }
}

const msa = (ack: string): string[] => (ack.split('\r').find((s) => s.startsWith('MSA|')) ?? '').split('|');

describe.each(databaseKinds)('monitor feed over MLLP on %s', (kind) => {
  let t: TestApp;
  let feed: MllpListener;
  const count = async (table: string): Promise<number> => {
    const result: unknown = await t.db.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number }[];
    return Number(rows[0]?.n);
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    feed = await startMonitorFeed(t.deps, { host: '127.0.0.1', port: 0, maxFrameBytes: 64 * 1024 });
  });
  afterAll(async () => {
    await feed.close();
    await t.close();
  });

  it('keeps readings of an unbound monitor on the holding list', async () => {
    const peer = await Peer.open(feed.port);
    peer.send(fixture('noninv-bp-family.hl7'));
    const [ack] = await peer.take(1);
    expect(msa(ack ?? '').slice(1, 3)).toEqual(['AA', 'CTL-NONINV']);
    const nurse = await t.as('nurse');
    const held = (await nurse.request({ method: 'GET', url: '/api/monitors/held-readings' })).json<{
      items: unknown[];
    }>();
    expect(held.items).toEqual([
      expect.objectContaining({
        deviceId: 'MON-01',
        chairLabel: null,
        systolicMmHg: 142,
        takenAt: '2026-11-22T10:15:00.000Z',
      }),
    ]);
    peer.close();
  });

  it('stores readings for the bound chair; one connection, 3 coalesced messages → exactly 3 ACKs in order', async () => {
    const nurse = await t.as('nurse');
    const bound = await nurse.request({
      method: 'POST',
      url: '/api/monitors/bindings',
      payload: { deviceId: 'MON-01', chairLabel: 'Chair 1' },
    });
    expect(bound.statusCode).toBe(201);
    const again = await nurse.request({
      method: 'POST',
      url: '/api/monitors/bindings',
      payload: { deviceId: 'MON-01', chairLabel: 'Chair 2' },
    });
    expect(again.statusCode).toBe(409);
    const peer = await Peer.open(feed.port);
    peer.send(fixture('cuff-bp-family-final.hl7'), fixture('loinc-coded.hl7'), fixture('truncated.hl7'));
    const acks = await peer.take(3);
    expect(acks.map((a) => msa(a).slice(1, 3))).toEqual([
      ['AA', 'CTL-CUFF'],
      ['AA', 'CTL-LOINC'],
      ['AE', 'CTL-TRUNC'],
    ]);
    expect(acks[2]).toContain('ERR||OBX^1^11|101^Required field missing^HL70357|E');
    peer.send(fixture('demo-flagged.hl7'), fixture('processing-training.hl7'));
    expect((await peer.take(2)).map((a) => msa(a)[1])).toEqual(['AA', 'AA']);
    await new Promise((r) => setTimeout(r, 100));
    expect(await peer.take(0)).toEqual([]);
    const chair = await nurse.request({
      method: 'GET',
      url: '/api/monitors/readings?chair=Chair%201&from=2026-11-22T00:00:00Z&to=2026-11-23T00:00:00Z',
    });
    expect(chair.json<{ items: { takenAt: string; systolicMmHg?: number }[] }>().items).toEqual([
      expect.objectContaining({ takenAt: '2026-11-22T10:20:00.000Z', systolicMmHg: 184, spo2Pct: 89, status: 'final' }),
      expect.objectContaining({ takenAt: '2026-11-22T15:25:00.000Z', systolicMmHg: 131, etco2MmHg: 38 }),
    ]);
    const messages = (await nurse.request({ method: 'GET', url: '/api/monitors/messages' })).json<{
      items: { controlId: string; demo: boolean; ackCode: string }[];
    }>();
    expect(
      messages.items
        .filter((m) => m.demo)
        .map((m) => m.controlId)
        .sort(),
    ).toEqual(['CTL-DEMOFLAG', 'CTL-TRAINING']);
    peer.close();
  });

  it('answers AE and stores nothing when the database write fails; the listener survives garbage', async () => {
    const before = await count('device_readings');
    await t.db.db.execute(
      sql.raw(
        `create function fail_reading() returns trigger language plpgsql as $$ begin raise exception 'disk full (test)'; end $$`,
      ),
    );
    await t.db.db.execute(
      sql.raw(
        `create trigger fail_reading before insert on device_readings for each row execute function fail_reading()`,
      ),
    );
    const peer = await Peer.open(feed.port);
    peer.send(fixture('status-x-r-f.hl7'));
    const [ack] = await peer.take(1);
    expect(msa(ack ?? '').slice(1, 3)).toEqual(['AE', 'CTL-STATUS']);
    expect(ack).toContain('207^Application internal error^HL70357');
    expect(await count('device_readings')).toBe(before);
    await t.db.db.execute(sql.raw(`drop trigger fail_reading on device_readings`));
    peer.send('not hl7', fixture('unsupported-adt.hl7'));
    const acks = await peer.take(2);
    expect(acks.map((a) => msa(a)[1])).toEqual(['AE', 'AR']);
    peer.send(fixture('status-x-r-f.hl7'));
    expect(msa((await peer.take(1))[0] ?? '')[1]).toBe('AA');
    expect(await count('device_readings')).toBe(before + 1);
    peer.close();
  });
});
