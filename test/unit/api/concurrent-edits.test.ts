/**
 * Two writers on one release (the studio's editor and the presskit command, or two windows): the editor
 * sends, with its changes, the values it changed them from; a field another writer changed since is not
 * overwritten (refused in a sentence, nothing lost), and a change to another field is kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { dispatch } from '../../../main/api/dispatch';
import { tempDir } from '../../helpers/cli';

const opened: App[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close()));
});

async function twoWriters(): Promise<[App, App]> {
  const dataDir = tempDir();
  const studio = await openApp({ dataDir });
  const command = await openApp({ dataDir });
  opened.push(studio, command);
  return [studio, command];
}

describe('an edit made from what another writer has changed since', () => {
  it('is refused for a field the other writer changed, in a sentence, and that writer’s text is kept', async () => {
    const [studio, command] = await twoWriters();
    const release = await studio.api['releases.create']({ title: 'Lancement' });
    await command.api['releases.update']({ id: release.id, changes: { title: 'Lancement de SVOM' } });
    const refused = await dispatch(studio.api, 'releases.update', { id: release.id, changes: { title: 'Lancement réussi' }, base: { title: 'Lancement' } });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'store.stale', params: { name: release.ref } } });
    expect(refused.ok ? '' : refused.error.message).toContain('was changed elsewhere');
    expect((await command.api['releases.get']({ ref: release.ref })).title).toBe('Lancement de SVOM');
  });

  it('is saved when the other writer changed other fields only, and keeps their change', async () => {
    const [studio, command] = await twoWriters();
    const release = await studio.api['releases.create']({ title: 'Lancement' });
    await command.api['releases.setStatus']({ ref: release.ref, status: 'review' });
    const saved = await studio.api['releases.update']({ id: release.id, changes: { subtitle: 'Depuis Kourou' }, base: { subtitle: '' } });
    expect(saved).toMatchObject({ subtitle: 'Depuis Kourou', title: 'Lancement' });
    expect((await command.api['releases.get']({ ref: release.ref })).status).toBe('review');
  });
});
