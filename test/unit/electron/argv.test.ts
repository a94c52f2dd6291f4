import { describe, expect, it } from 'vitest';
import { dataDirFlag, positionalArgs } from '../../../main/electron/argv';

describe('the command line', () => {
  it('reads --data-dir in both spellings', () => {
    expect(dataDirFlag(['presskit', '--data-dir', '/srv/press'])).toBe('/srv/press');
    expect(dataDirFlag(['presskit', '--data-dir=/srv/press office'])).toBe('/srv/press office');
    expect(dataDirFlag(['presskit', '--data-directory=/x'])).toBeUndefined();
    expect(dataDirFlag(['presskit'])).toBeUndefined();
  });

  it('lists the files given, skipping the executable, switches and the data folder', () => {
    const argv = ['/opt/PressKit Studio/presskit', '--data-dir', '/srv/press', '--allow-file-access-from-files', 'cp124.md', 'archive.presskit.json'];
    expect(positionalArgs(argv, 1)).toEqual(['cp124.md', 'archive.presskit.json']);
  });
});
