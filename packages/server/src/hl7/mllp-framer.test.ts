import { describe, expect, it } from 'vitest';
import { frame, MllpDecoder } from './mllp-framer.js';

const texts = (decoder: MllpDecoder, chunks: Buffer[]): string[] =>
  chunks
    .flatMap((c) => decoder.push(c))
    .map((item) => (item.kind === 'message' ? item.text : `oversize:${item.bytes}`));

describe('MLLP decoder', () => {
  it('joins a frame split across reads, byte by byte', () => {
    const bytes = frame('MSH|one');
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    expect(texts(new MllpDecoder(1000), chunks)).toEqual(['MSH|one']);
  });

  it('splits several frames coalesced in one read, and keeps a trailing partial one', () => {
    const decoder = new MllpDecoder(1000);
    const all = Buffer.concat([frame('A'), frame('B'), frame('C').subarray(0, 2)]);
    expect(texts(decoder, [all])).toEqual(['A', 'B']);
    expect(texts(decoder, [frame('C').subarray(2)])).toEqual(['C']);
  });

  it('drops garbage between frames and a lone FS inside a message', () => {
    const decoder = new MllpDecoder(1000);
    const noisy = Buffer.concat([Buffer.from('junk\r\n'), frame('A\x1cX'), Buffer.from('more junk'), frame('B')]);
    expect(texts(decoder, [noisy])).toEqual(['A\x1cX', 'B']);
    expect(decoder.garbageBytes).toBe(15);
  });

  it('refuses an oversize frame, even streamed, then reads the next one', () => {
    const decoder = new MllpDecoder(10);
    const big = frame('x'.repeat(50));
    expect(texts(decoder, [big.subarray(0, 20), big.subarray(20), frame('ok')])).toEqual(['oversize:50', 'ok']);
    expect(texts(new MllpDecoder(10), [frame('y'.repeat(11))])).toEqual(['oversize:11']);
  });
});
