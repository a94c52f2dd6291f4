import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { dispatch } from '../../../main/api/dispatch';
import { FIXTURE, storeBytes, tempDir } from '../../helpers/cli';
import { pdftotext } from '../../helpers/pdf-tools';

const fixture = { name: 'communique-cp124-2019.fr.md', bytes: new Uint8Array(readFileSync(FIXTURE)) };
let counter = 0;
let minute = 0;
const clock = { now: () => new Date(Date.UTC(2026, 11, 2, 9, (minute += 1))), newId: () => `id-${(counter += 1)}` };

const opened: App[] = [];
async function app(): Promise<{ api: App['api']; dataDir: string }> {
  const dataDir = tempDir();
  const instance = await openApp({ dataDir, clock });
  opened.push(instance);
  return { api: instance.api, dataDir };
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close()));
});

describe('a new release’s reference', () => {
  it('is provisional until the release is first saved with a title, then the next official number', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture] });
    const draft = await api['releases.create']({});
    expect(draft.ref).toBe('Provisional 2026-001');
    expect((await api['releases.create']({ language: 'en' })).ref).toBe('Provisional 2026-002');
    const placed = await api['releases.update']({ id: draft.id, changes: { place: 'Toulouse' } });
    expect(placed.ref).toBe('Provisional 2026-001');
    const titled = await api['releases.update']({ id: draft.id, changes: { title: 'Lancement de SVOM' } });
    expect(titled.ref).toBe('CP1-2026');
    // The number stays when the title changes again.
    expect((await api['releases.update']({ id: draft.id, changes: { title: 'SVOM en orbite' } })).ref).toBe('CP1-2026');
    expect((await api['releases.create']({ title: 'Deuxième' })).ref).toBe('CP2-2026');
  });

  it('prints as provisional in its PDF, in its language, never as an official-looking number', async () => {
    const { api } = await app();
    const draft = await api['releases.create']({ language: 'fr' });
    await api['releases.update']({ id: draft.id, changes: { lead: 'Le CNES et Roscosmos.' } });
    const text = pdftotext((await api['export.release']({ ref: draft.ref })).bytes);
    expect(text).toContain('Provisoire 2026-001');
    expect(text).not.toMatch(/CP\d+-2026/);
  });

  it('is shared by its translations, which take the official number with it', async () => {
    const { api } = await app();
    const draft = await api['releases.create']({ language: 'fr' });
    await api['releases.update']({ id: draft.id, changes: { lead: 'Le CNES et Roscosmos.' } });
    const english = await api['releases.translate']({ id: draft.id, language: 'en' });
    expect(english.ref).toBe('Provisional 2026-001');
    await api['releases.update']({ id: english.id, changes: { title: 'SVOM launch' } });
    const versions = (await api['releases.list']({})).map((r) => [r.ref, r.language]).sort();
    expect(versions).toEqual([
      ['CP1-2026', 'en'],
      ['CP1-2026', 'fr'],
    ]);
  });

  it('waits for the approval when the brand numbers on approval, and the approved PDF prints the number', async () => {
    const { api } = await app();
    await api['brand.update']({ changes: { numbering: 'onApproval' } });
    const draft = await api['releases.create']({ title: 'Lancement de SVOM' });
    expect(draft.ref).toBe('Provisional 2026-001');
    expect((await api['releases.update']({ id: draft.id, changes: { title: 'SVOM en orbite' } })).ref).toBe('Provisional 2026-001');
    await api['releases.setStatus']({ ref: draft.ref, status: 'review' });
    const approval = await api['releases.approve']({ ref: draft.ref, by: 'Pascale Bresson' });
    const approved = await api['releases.get']({ ref: 'CP1-2026' });
    expect(approved).toMatchObject({ id: draft.id, status: 'approved' });
    const exported = await api['export.release']({ ref: 'CP1-2026' });
    expect(pdftotext(exported.bytes)).toContain('CP1-2026');
    expect(pdftotext(exported.bytes)).not.toContain('Provisoire');
    // What was approved is what every export prints: the same bytes, under the number.
    expect(createHash('sha256').update(exported.bytes).digest('hex')).toBe(approval.pdfSha256);
    expect((await api['releases.history']({ ref: 'CP1-2026' })).at(-1)).toMatchObject({ n: approval.n, kind: 'approve' });
  });

  it('follows the brand’s rule on import: an imported reference is kept, a communiqué without one is numbered as a new release', async () => {
    const withoutRef = { name: 'sans-reference.md', bytes: new TextEncoder().encode(new TextDecoder().decode(fixture.bytes).replace(/^CP124-2019\n/mu, '')) };
    const onTitle = await app();
    expect((await onTitle.api['releases.import']({ files: [withoutRef] })).refs).toEqual(['CP1-2019']);

    const { api } = await app();
    await api['brand.update']({ changes: { numbering: 'onApproval' } });
    expect((await api['releases.import']({ files: [fixture, withoutRef] })).refs).toEqual(['CP124-2019', 'Provisional 2019-001']);
    const provisional = await api['releases.get']({ ref: 'Provisional 2019-001' });
    expect(provisional.title).not.toBe('');
    // Saved again with its title, it stays provisional: the brand numbers on approval.
    expect((await api['releases.update']({ id: provisional.id, changes: { title: `${provisional.title} (révisé)` } })).ref).toBe('Provisional 2019-001');
    await api['releases.setStatus']({ ref: provisional.ref, status: 'review' });
    await api['releases.approve']({ ref: provisional.ref, by: 'Pascale Bresson' });
    expect((await api['releases.get']({ ref: 'CP125-2019' })).id).toBe(provisional.id);
  });

  it('is discarded with its release when the release is left untouched, and only then', async () => {
    const { api, dataDir } = await app();
    await api['releases.import']({ files: [fixture] });
    const untouched = await api['releases.create']({});
    const written = await api['releases.create']({});
    await api['releases.update']({ id: written.id, changes: { lead: 'Un chapeau, sans titre encore.' } });
    expect(await api['releases.discardUntouched']({ id: written.id })).toEqual({ discarded: false });
    const before = storeBytes(dataDir);
    // A release that stays is left as it is: nothing is written.
    expect(await api['releases.discardUntouched']({ id: (await api['releases.get']({ ref: 'CP124-2019' })).id })).toEqual({ discarded: false });
    expect(storeBytes(dataDir).equals(before)).toBe(true);
    expect(await api['releases.discardUntouched']({ id: untouched.id })).toEqual({ discarded: true });
    expect((await api['releases.list']({})).map((r) => r.ref)).toEqual(['Provisional 2026-002', 'CP124-2019']);
    // The official numbers have no gap: the next release titled takes the first one.
    expect((await api['releases.update']({ id: written.id, changes: { title: 'SVOM' } })).ref).toBe('CP1-2026');
  });
});

describe('a reference clash on import', () => {
  it('is refused naming the file, for the caller to ask, and changes nothing', async () => {
    const { api, dataDir } = await app();
    await api['releases.import']({ files: [fixture] });
    const before = storeBytes(dataDir);
    const refused = await dispatch(api, 'releases.import', { files: [{ ...fixture, name: 'again.md' }] });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'import.clash', params: { ref: 'CP124-2019', language: 'fr', file: 'again.md', index: 0, next: 'CP125-2019', free: 'en,ru' } } });
    expect(storeBytes(dataDir).equals(before)).toBe(true);
  });

  it('files it under the next free number, a typed reference, or as another language’s version; or skips it', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture] });
    expect((await api['releases.import']({ files: [fixture], onClash: 'next' })).refs).toEqual(['CP125-2019']);
    expect((await api['releases.import']({ files: [fixture], onClash: { as: 'CP300-2019' } })).refs).toEqual(['CP300-2019']);
    const skipped = await api['releases.import']({ files: [fixture], onClash: 'skip' });
    expect(skipped).toMatchObject({ refs: [], skipped: [{ file: fixture.name, ref: 'CP124-2019' }] });
    expect((await api['releases.import']({ files: [fixture], onClash: { language: 'en' } })).refs).toEqual(['CP124-2019']);
    const versions = (await api['releases.list']({})).filter((r) => r.ref === 'CP124-2019');
    expect(versions.map((r) => r.language).sort()).toEqual(['en', 'fr']);
    expect(new Set(versions.map((r) => r.translationGroup)).size).toBe(1);
  });

  it('checks a typed reference: of the brand’s pattern and free', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture] });
    await expect(api['releases.import']({ files: [fixture], onClash: { as: 'CP-125' } })).rejects.toThrow(/is not a reference of the brand’s pattern: write it like CP125-2019/);
    await expect(api['releases.import']({ files: [fixture], onClash: { as: 'cp124-2019' } })).rejects.toThrow(/CP124-2019 is already in the archive/i);
    await expect(api['releases.import']({ files: [fixture, fixture], onClash: { as: 'CP300-2019' } })).rejects.toThrow(/single file/);
  });

  it('asks per file in a drop of several: each file’s own choice, over the request’s', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture] });
    const files = [
      { ...fixture, name: 'a.md', onClash: 'skip' as const },
      { ...fixture, name: 'b.md' },
      { ...fixture, name: 'c.md', onClash: { as: 'CP200-2019' } },
    ];
    const result = await api['releases.import']({ files, onClash: 'next' });
    expect(result).toMatchObject({ refs: ['CP125-2019', 'CP200-2019'], skipped: [{ file: 'a.md' }] });
    // Without a choice for it, the second clashing file of the same drop is the one named.
    const refused = await dispatch(api, 'releases.import', { files: [{ ...fixture, name: 'a.md', onClash: 'next' }, { ...fixture, name: 'b.md' }] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'import.clash', params: { file: 'b.md', index: 1 } } });
  });
});
