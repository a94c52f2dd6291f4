import { describe, expect, it } from 'vitest';
import { parseStudioArgs } from '../../../main/web/args';

describe('npm run studio:web options', () => {
  it('reads the data folder, the port and --demo', () => {
    expect(parseStudioArgs(['--data-dir', '/tmp/x', '--port', '8123', '--demo'])).toEqual({ dataDir: '/tmp/x', port: 8123, demo: true });
    expect(parseStudioArgs(['--data-dir=/tmp/x'])).toEqual({ dataDir: '/tmp/x', port: 0, demo: false });
  });

  it.each([[[]], [['--port', '80']], [['--data-dir', 'd', '--port', '70000']], [['--data-dir', 'd', '--port', '1e3']], [['--data-dir', 'd', '--host', '0.0.0.0']]])(
    'refuses %j as a usage error',
    (args) => {
      expect(() => parseStudioArgs(args)).toThrow(expect.objectContaining({ kind: 'usage', message: expect.stringContaining('Usage: npm run studio:web') }));
    },
  );
});
