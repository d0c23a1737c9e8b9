import { describe, expect, it } from 'vitest';
import { diffFields } from './changes.js';

describe('diffFields', () => {
  it('reports each changed field with both values', () => {
    expect(diffFields({ phone: '1', city: 'A' }, { phone: '2', city: 'A' })).toEqual([
      { field: 'phone', from: '1', to: '2' },
    ]);
  });
  it('treats blank and absent as the same', () => {
    expect(diffFields({ phone: '' }, {})).toEqual([]);
    expect(diffFields({}, { phone: '' })).toEqual([]);
  });
  it('ignores key order inside nested values, but not array order', () => {
    expect(diffFields({ team: [{ a: 1, b: 2 }] }, { team: [{ b: 2, a: 1 }] })).toEqual([]);
    expect(diffFields({ team: [1, 2] }, { team: [2, 1] })).toHaveLength(1);
  });
  it('records a cleared field as null', () => {
    expect(diffFields({ email: 'x@y.z' }, {})).toEqual([{ field: 'email', from: 'x@y.z', to: null }]);
  });
});
