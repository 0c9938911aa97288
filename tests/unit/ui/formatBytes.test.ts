import { describe, expect, it } from 'vitest';
import { formatBytesBinary, formatCount } from '../../../src/ui/format';

describe('formatBytesBinary', () => {
  it('prints memory as AWS does, in GiB up to 100,000 GiB, then TiB and up', () => {
    expect(formatBytesBinary(96 * 2 ** 30)).toBe('96 GiB');
    expect(formatBytesBinary(6144 * 2 ** 30)).toBe('6,144 GiB');
    expect(formatBytesBinary(499_968 * 96 * 2 ** 30)).toBe('46,870 TiB');
  });

  it('prints sizes under a GiB in MiB, KiB or bytes', () => {
    expect(formatBytesBinary(256 * 2 ** 20)).toBe('256 MiB');
    expect(formatBytesBinary(16 * 2 ** 20)).toBe('16 MiB');
    expect(formatBytesBinary(4 * 2 ** 10)).toBe('4 KiB');
    expect(formatBytesBinary(512)).toBe('512 B');
  });
});

describe('formatCount', () => {
  it('prints every digit of a whole count', () => {
    expect(formatCount(1_499_904)).toBe('1,499,904');
  });
});
