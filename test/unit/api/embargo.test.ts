import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { dispatch } from '../../../main/api/dispatch';
import { wordDetail } from '../../../main/core/wording';
import { tempDir } from '../../helpers/cli';

let counter = 0;
const clock = { now: () => new Date('2026-12-02T10:00:00Z'), newId: () => `id-${(counter += 1)}` };

const opened: App[] = [];
async function demo(): Promise<App['api']> {
  const app = await openApp({ dataDir: tempDir(), clock });
  opened.push(app);
  await app.api['demo.seed']({});
  return app.api;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close()));
});

const MOSCOW = { at: '2019-08-27T10:30:00+03:00', zone: 'Europe/Moscow' };

describe('an embargo before the release’s date', () => {
  it('is refused in a sentence of ours, French and English, and nothing is saved', async () => {
    const api = await demo();
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    await api['releases.update']({ id: release.id, changes: { date: '2026-12-01' } });
    const refused = await dispatch(api, 'releases.update', { id: release.id, changes: { embargo: { at: '2019-08-28T10:30:00+02:00', zone: 'Europe/Paris' } } });
    expect(refused.ok).toBe(false);
    const error = refused.ok ? undefined : refused.error;
    expect(error?.message).toBe('The embargo (2019-08-28 10:30 Europe/Paris) is before the release’s date (2026-12-01): choose an embargo on or after that day, or change the date.');
    expect(wordDetail(error ?? {}, 'fr')).toBe(
      'L’embargo (2019-08-28 10:30 Europe/Paris) tombe avant la date du communiqué (2026-12-01)\u00A0: choisissez un embargo à cette date ou après, ou changez la date.',
    );
    expect((await api['releases.get']({ ref: 'CP124-2019' })).embargo).toBeNull();
  });

  it('is refused too when the date moves past an embargo, and accepted on the day itself', async () => {
    const api = await demo();
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    expect((await api['releases.update']({ id: release.id, changes: { embargo: MOSCOW } })).embargo).toEqual(MOSCOW);
    expect((await dispatch(api, 'releases.update', { id: release.id, changes: { date: '2019-08-28' } })).ok).toBe(false);
    expect((await api['releases.get']({ ref: 'CP124-2019' })).date).toBe('2019-08-27');
  });
});

describe('exporting a release whose embargo has lifted', () => {
  it('goes ahead, with a warning that names the release and its embargo', async () => {
    const api = await demo();
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    expect((await api['export.release']({ ref: 'CP124-2019' })).warnings).toEqual([]);
    await api['releases.update']({ id: release.id, changes: { embargo: MOSCOW } });
    const { warnings, report } = await api['export.release']({ ref: 'CP124-2019' });
    expect(report.pages).toBeGreaterThan(0);
    expect(warnings).toEqual([
      {
        code: 'embargo.past',
        params: { ref: 'CP124-2019', until: '2019-08-27 10:30 Europe/Moscow' },
        message: 'The embargo of CP124-2019 (2019-08-27 10:30 Europe/Moscow) has already lifted, yet the PDF still announces it: remove the embargo or choose a new time.',
      },
    ]);
    const [kit] = await api['kits.list']({});
    expect((await api['export.kit']({ id: kit!.id })).warnings.map((w) => w.params.ref)).toEqual(['CP124-2019']);
  });

  it('does not warn about an embargo still to come', async () => {
    const api = await demo();
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    await api['releases.update']({ id: release.id, changes: { date: '2026-12-02', embargo: { at: '2026-12-02T11:30:00+01:00', zone: 'Europe/Paris' } } });
    expect((await api['export.release']({ ref: 'CP124-2019' })).warnings).toEqual([]);
  });
});

describe('the archive', () => {
  it('lists each release’s embargo and filters on it', async () => {
    const api = await demo();
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    const draft = await api['releases.create']({ language: 'en' });
    await api['releases.update']({ id: release.id, changes: { embargo: MOSCOW } });
    const refs = async (embargoed?: boolean) => (await api['releases.list'](embargoed === undefined ? {} : { embargoed })).map((r) => r.ref);
    expect(await refs(true)).toEqual(['CP124-2019']);
    expect(await refs(false)).toEqual([draft.ref]);
    expect(await refs()).toEqual([draft.ref, 'CP124-2019']);
    expect((await api['releases.list']({ embargoed: true }))[0]?.embargo).toEqual(MOSCOW);
  });
});
