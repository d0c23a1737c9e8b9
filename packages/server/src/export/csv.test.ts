import { describe, expect, it } from 'vitest';
import { csvLine } from './csv.js';

describe('csvLine', () => {
  it('quotes what needs quoting and leaves the rest', () => {
    expect(csvLine(['a', 1, null, true])).toBe('a,1,,true\r\n');
    expect(csvLine(['O’Connell, Grace', 'say "hi"', 'two\nlines'])).toBe(
      '"O’Connell, Grace","say ""hi""","two\nlines"\r\n',
    );
  });
});
