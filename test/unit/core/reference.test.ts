import { describe, expect, it } from 'vitest';
import { formatReference, nextReference } from '../../../main/core/reference';

describe('reference numbering', () => {
  it('starts at 1 in a year with no release', () => {
    expect(nextReference('CP{n}-{yyyy}', 2026, ['CP124-2019'])).toBe('CP1-2026');
  });

  it('follows the highest number of the same year, ignoring other years and patterns', () => {
    expect(nextReference('CP{n}-{yyyy}', 2019, ['CP124-2019', 'CP9-2019', 'CP300-2018', 'NOTE-5', 'cp999-2019x'])).toBe('CP125-2019');
  });

  it('treats the pattern literally apart from its fields', () => {
    expect(nextReference('P.R.{yy}/{n}', 2019, ['P.R.19/7', 'PxRx19/40'])).toBe('P.R.19/8');
    expect(formatReference('CP{n}-{yyyy}', 124, 2019)).toBe('CP124-2019');
  });

  it('counts a reference typed in another case, so that the next one is not a twin of it', () => {
    expect(nextReference('CP{n}-{yyyy}', 2019, ['cp9-2019', 'CP3-2019'])).toBe('CP10-2019');
  });
});
