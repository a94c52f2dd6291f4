import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../main/api/app';
import { dispatch } from '../../../main/api/dispatch';
import { webShell } from '../../../main/web/shell-handlers';

describe('saving from studio:web', () => {
  it('writes exports into the data folder, and refuses names that are paths', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'presskit-web-'));
    const app = await openApp({ dataDir, shell: webShell(dataDir) });
    try {
      const bytes = new TextEncoder().encode('%PDF-1.7');
      const saved = await dispatch(app.api, 'files.save', { name: 'MAKS 2019.pdf', bytes });
      expect(saved).toEqual({ ok: true, value: { saved: true, location: join(dataDir, 'exports', 'MAKS 2019.pdf') } });
      expect(readFileSync(join(dataDir, 'exports', 'MAKS 2019.pdf'), 'utf8')).toBe('%PDF-1.7');
      for (const name of ['../presskit.json', 'a/b.pdf', '..', 'bad\u0007.pdf', 'C:evil.pdf']) {
        expect(await dispatch(app.api, 'files.save', { name, bytes }), name).toMatchObject({ ok: false, error: { kind: 'bad-input' } });
      }
    } finally {
      await app.close();
    }
  });

  it('is not offered by the command line, which saves with --out', async () => {
    const app = await openApp({ dataDir: mkdtempSync(join(tmpdir(), 'presskit-cli-')) });
    try {
      const result = await dispatch(app.api, 'files.save', { name: 'x.pdf', bytes: new Uint8Array(1) });
      expect(result).toMatchObject({ ok: false, error: { kind: 'usage', message: expect.stringContaining('--out') } });
    } finally {
      await app.close();
    }
  });
});
