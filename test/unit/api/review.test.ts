import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { dispatch } from '../../../main/api/dispatch';
import { FIXTURE, tempDir } from '../../helpers/cli';
import { pdftotext } from '../../helpers/pdf-tools';

const fixture = { name: 'communique-cp124-2019.fr.md', bytes: new Uint8Array(readFileSync(FIXTURE)) };
const REF = 'CP124-2019';
let counter = 0;
let minute = 0;
// Each call a minute later, so that every stamp is distinct.
const clock = { now: () => new Date(Date.UTC(2026, 11, 2, 9, (minute += 1))), newId: () => `id-${(counter += 1)}` };

const opened: App[] = [];
async function imported(): Promise<App['api']> {
  const app = await openApp({ dataDir: tempDir(), clock });
  opened.push(app);
  await app.api['releases.import']({ files: [fixture] });
  return app.api;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close()));
});
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('approval', () => {
  it('keeps who approved, when, and the hash of the PDF that every later export prints', async () => {
    const api = await imported();
    await api['settings.update']({ changes: { userName: 'Pascale Bresson' } });
    const approval = await api['releases.approve']({ ref: REF });
    expect(approval).toMatchObject({ n: 1, kind: 'approve', status: 'approved', by: 'Pascale Bresson' });
    expect((await api['releases.get']({ ref: REF })).status).toBe('approved');
    const { bytes } = await api['export.release']({ ref: REF });
    expect(sha256(bytes)).toBe(approval.pdfSha256);
    expect(await api['releases.history']({ ref: REF })).toEqual([approval]);
  });

  it('takes the approver’s name from --by, and refuses an approval by no one, a second approval and a status set to approved by hand', async () => {
    const api = await imported();
    expect(await dispatch(api, 'releases.approve', { ref: REF })).toMatchObject({ ok: false, error: { code: 'review.noApprover', kind: 'usage' } });
    expect(await dispatch(api, 'releases.setStatus', { ref: REF, status: 'approved' })).toMatchObject({ ok: false, error: { code: 'review.approveFirst' } });
    expect(await api['releases.approve']({ ref: REF, language: 'fr', by: 'Raphaël Sart' })).toMatchObject({ by: 'Raphaël Sart' });
    expect(await dispatch(api, 'releases.approve', { ref: REF, by: 'Raphaël Sart' })).toMatchObject({ ok: false, error: { code: 'review.alreadyApproved', kind: 'conflict' } });
    expect(await dispatch(api, 'releases.approve', { ref: REF, language: 'en', by: 'Raphaël Sart' })).toMatchObject({ ok: false, error: { code: 'release.notFound' } });
    expect(await api['releases.setStatus']({ ref: REF, status: 'published' })).toMatchObject({ status: 'published' });
  });

  it('moves an approved release back to review at its first edit, and says what changed since the approval', async () => {
    const api = await imported();
    const release = await api['releases.get']({ ref: REF });
    await api['releases.approve']({ ref: REF, by: 'Pascale Bresson' });
    const edited = await api['releases.update']({ id: release.id, changes: { title: release.title.replace('entre', 'renforcée entre') } });
    expect(edited.status).toBe('review');
    expect((await api['releases.history']({ ref: REF })).map((r) => [r.n, r.kind, r.status])).toEqual([
      [1, 'approve', 'approved'],
      [2, 'status', 'review'],
    ]);
    const diff = await api['releases.diff']({ ref: REF, from: 'approved', to: 'current' });
    expect(diff).toEqual({ from: 1, to: 'current', blocks: [{ field: 'title', change: 'changed', parts: [{ text: 'Coopération spatiale ' }, { text: 'renforcée ', change: 'added' }, { text: 'entre la France et la Russie' }] }] });
    // An edit that changes nothing of the text (the same title again) is no edit.
    await api['releases.update']({ id: release.id, changes: { title: edited.title } });
    expect(await api['releases.history']({ ref: REF })).toHaveLength(2);
  });
});

describe('history', () => {
  it('records one revision per editing session, not one per save, and none for a session that changed nothing', async () => {
    const api = await imported();
    const { id } = await api['releases.get']({ ref: REF });
    for (const title of ['Un', 'Un titre', 'Un titre neuf']) await api['releases.update']({ id, changes: { title } });
    expect(await api['releases.history']({ ref: REF })).toEqual([]);
    expect(await api['releases.closeSession']({ id })).toEqual({ n: 1 });
    expect(await api['releases.closeSession']({ id })).toEqual({ n: null });
    await api['releases.update']({ id, changes: { lead: 'Un chapeau.' } });
    await api['releases.setStatus']({ ref: REF, status: 'review' });
    expect((await api['releases.history']({ ref: REF })).map((r) => [r.n, r.kind, r.status])).toEqual([
      [1, 'edit', 'draft'],
      [2, 'status', 'review'],
    ]);
  });

  it('restores a revision as a new one, and diffs any two', async () => {
    const api = await imported();
    const { id, title } = await api['releases.get']({ ref: REF });
    await api['releases.closeSession']({ id });
    await api['releases.update']({ id, changes: { title: 'Un autre titre' } });
    await api['releases.closeSession']({ id });
    const restored = await api['releases.restoreRevision']({ ref: REF, n: 1 });
    expect(restored).toMatchObject({ title, ref: REF });
    const history = await api['releases.history']({ ref: REF });
    expect(history.map((r) => [r.n, r.kind, r.from])).toEqual([
      [1, 'edit', undefined],
      [2, 'edit', undefined],
      [3, 'restore', 1],
    ]);
    expect((await api['releases.diff']({ ref: REF, from: 1, to: 3 })).blocks).toEqual([]);
    expect((await api['releases.diff']({ ref: REF, from: 2, to: 3 })).blocks.map((b) => b.field)).toEqual(['title']);
    expect(await dispatch(api, 'releases.restoreRevision', { ref: REF, n: 9 })).toMatchObject({ ok: false, error: { code: 'review.noRevision', kind: 'not-found' } });
  });

  it('shows each revision as its PDF, marked as a draft unless it was approved', async () => {
    const api = await imported();
    const { id } = await api['releases.get']({ ref: REF });
    await api['releases.closeSession']({ id });
    await api['releases.approve']({ ref: REF, by: 'Pascale Bresson' });
    const draft = await api['releases.revisionPdf']({ ref: REF, n: 1 });
    const approved = await api['releases.revisionPdf']({ ref: REF, n: 2 });
    expect(pdftotext(draft.bytes)).toContain('PROJET');
    expect(pdftotext(approved.bytes)).not.toContain('PROJET');
  });
});
