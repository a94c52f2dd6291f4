import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../main/api/app';
import { besidesSpelling, buildCli, FIXTURE, presskit, tempDir } from '../helpers/cli';

const REF = 'CP124-2019';

beforeAll(async () => {
  await buildCli();
});

function text(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

async function run(dataDir: string, ...args: string[]) {
  const result = await presskit(['--data-dir', dataDir, ...args]);
  expect(besidesSpelling(result.stderr), args.join(' ')).toBe('');
  expect(result.code, args.join(' ')).toBe(0);
  return result.stdout;
}

/** An editing session in the studio: the title changed, then the editor left. */
async function editTitle(dataDir: string, change: (title: string) => string): Promise<void> {
  const app = await openApp({ dataDir });
  try {
    const release = await app.api['releases.get']({ ref: REF });
    await app.api['releases.update']({ id: release.id, changes: { title: change(release.title) } });
    await app.api['releases.closeSession']({ id: release.id });
  } finally {
    await app.close();
  }
}

describe('presskit approve, history, diff and restore-revision', () => {
  it('approves, lists the history, shows what changed since the approval and restores a revision', async () => {
    const dataDir = tempDir();
    const folder = tempDir();
    await run(dataDir, 'import', FIXTURE);

    const approval = JSON.parse(await run(dataDir, 'approve', REF, '--lang', 'fr', '--by', 'Pascale Bresson', '--json')) as Record<string, unknown>;
    expect(approval).toEqual({ n: 1, at: expect.any(String), kind: 'approve', status: 'approved', by: 'Pascale Bresson', pdfSha256: expect.stringMatching(/^[0-9a-f]{64}$/u) });
    await run(dataDir, 'export', 'release', REF, '--out', join(folder, 'approved.pdf'));
    expect(createHash('sha256').update(readFileSync(join(folder, 'approved.pdf'))).digest('hex')).toBe(approval.pdfSha256);
    expect(text(join(folder, 'approved.pdf'))).not.toContain('PROJET');

    await editTitle(dataDir, (title) => title.replace('entre', 'renforcée entre'));
    const history = JSON.parse(await run(dataDir, 'history', REF, '--json')) as { n: number; kind: string; status: string }[];
    expect(history.map((r) => [r.n, r.kind, r.status])).toEqual([
      [1, 'approve', 'approved'],
      // The first edit after the approval is the status change; the session then changed nothing more.
      [2, 'status', 'review'],
    ]);
    expect(await run(dataDir, 'history', REF)).toMatch(/^REV +AT +STATUS +WHAT\n1 .+ approved +approved by Pascale Bresson\n2 .+ review +status\n$/u);

    const diff = JSON.parse(await run(dataDir, 'diff', REF, '--json')) as { from: number; to: string; blocks: { field: string }[] };
    expect(diff).toMatchObject({ from: 1, to: 'current', blocks: [{ field: 'title', change: 'changed' }] });
    expect(await run(dataDir, 'diff', REF, '--from', '1', '--to', '2')).toBe('From revision 1 to revision 2:\n\ntitle (changed):\n  Coopération spatiale {+renforcée +}entre la France et la Russie\n');
    expect(await run(dataDir, 'diff', REF, '--from', '2', '--to', 'current')).toBe('From revision 2 to the current text: no differences.\n');

    expect(await run(dataDir, 'restore-revision', REF, '1')).toBe(`Restored revision 1 of ${REF} as revision 3 (review).\n`);
    const shown = JSON.parse(await run(dataDir, 'show', REF, '--json')) as { title: string };
    expect(shown.title).toBe('Coopération spatiale entre la France et la Russie');
  });

  it('prints the watermark on a release or kit that is not approved, unless --no-watermark', async () => {
    const dataDir = tempDir();
    const folder = tempDir();
    await run(dataDir, 'import', FIXTURE);
    await run(dataDir, 'kit', 'create', 'MAKS', '--release', REF);
    await run(dataDir, 'export', 'release', REF, '--out', join(folder, 'draft.pdf'));
    expect(text(join(folder, 'draft.pdf'))).toMatch(/^PROJET$[\s\S]*Projet — ne pas diffuser/mu);
    await run(dataDir, 'export', 'release', REF, '--out', join(folder, 'plain.pdf'), '--no-watermark');
    expect(text(join(folder, 'plain.pdf'))).not.toMatch(/PROJET|ne pas diffuser/u);
    await run(dataDir, 'export', 'kit', 'MAKS', '--out', join(folder, 'kit.pdf'));
    expect(text(join(folder, 'kit.pdf'))).toContain('PROJET');
    await run(dataDir, 'export', 'kit', 'MAKS', '--out', join(folder, 'kit-plain.pdf'), '--no-watermark');
    expect(text(join(folder, 'kit-plain.pdf'))).not.toContain('PROJET');
  });

  it('refuses a revision that is not one, an approval by no one, and an unknown language, with exit 2', async () => {
    const dataDir = tempDir();
    await run(dataDir, 'import', FIXTURE);
    for (const [args, sentence] of [
      [['diff', REF, '--from', 'yesterday'], 'is not a revision'],
      [['restore-revision', REF, 'current'], 'is not a revision'],
      [['approve', REF], 'Who approves?'],
      [['history', REF, '--lang', 'de'], '--lang takes fr, en or ru'],
    ] as const) {
      const result = await presskit(['--data-dir', dataDir, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(sentence);
    }
    const missing = await presskit(['--data-dir', dataDir, 'restore-revision', REF, '7']);
    expect(missing).toMatchObject({ code: 1, stderr: `presskit: ${REF} has no revision 7: presskit history ${REF} lists them.\n` });
  });
});
