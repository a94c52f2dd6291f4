import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../main/store';

describe('resolveDataDir', () => {
  const fallback = '/home/press/.config/PressKit Studio';

  it('prefers --data-dir, then $PRESSKIT_DATA_DIR, then the app folder', () => {
    const env = { PRESSKIT_DATA_DIR: '/srv/presskit' };
    expect(resolveDataDir({ flag: '/tmp/kit', env, fallback })).toBe('/tmp/kit');
    expect(resolveDataDir({ env, fallback })).toBe('/srv/presskit');
    expect(resolveDataDir({ env: {}, fallback })).toBe(fallback);
  });

  it('treats an empty value as not given and makes relative paths absolute', () => {
    expect(resolveDataDir({ flag: '', env: { PRESSKIT_DATA_DIR: ' ' }, fallback })).toBe(fallback);
    expect(resolveDataDir({ flag: 'data', env: {}, fallback })).toBe(resolve('data'));
  });
});
