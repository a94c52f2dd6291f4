// @vitest-environment happy-dom
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../../main/api/app';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { communiqueWithFigures } from '../../helpers/cli';
import { jpegPhoto } from '../../helpers/photos';
import { freshArchivePerTest, renderApp } from './render-app';

const api = freshArchivePerTest();

const communique = () => new File([readFileSync('assets/demo/communique-cp124-2019.fr.md')], 'communique-cp124-2019.fr.md', { type: 'text/markdown' });

function drop(files: File[]) {
  const event = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files } });
  window.dispatchEvent(event);
  return event;
}

describe('importing communiqués', () => {
  it('imports files dropped on the window and offers to open the release', async () => {
    await renderApp('en');
    await screen.findByRole('heading', { name: 'No releases yet' });
    const event = drop([communique()]);
    expect(event.defaultPrevented).toBe(true);
    expect(await screen.findByText('Release imported: CP124-2019')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Coopération spatiale entre la France et la Russie' })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByDisplayValue('Coopération spatiale entre la France et la Russie')).toBeTruthy();
  });

  it('opens the version just imported when its reference was filed in another language', async () => {
    await api().client.releases.import({ files: [{ name: 'communique-cp124-2019.fr.md', bytes: new Uint8Array(readFileSync('assets/demo/communique-cp124-2019.fr.md')) }] });
    await renderApp('en');
    await screen.findByRole('button', { name: 'Coopération spatiale entre la France et la Russie' });
    drop([new File([readFileSync('test/fixtures/import/communique-cp124-2019.en.md')], 'communique-cp124-2019.en.md', { type: 'text/markdown' })]);
    expect(await screen.findByText('Release imported: CP124-2019')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const title = (await screen.findByLabelText('Title')) as HTMLInputElement;
    expect(title.value).toMatch(/^Space cooperation/u);
  });

  it('imports through the Import… button too, and refuses other formats in plain words', async () => {
    const { container } = await renderApp('en');
    const picker = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(picker.accept).toBe('.md,.txt,.docx,.presskit.json,.png,.jpg,.jpeg');
    fireEvent.change(picker, { target: { files: [new File(['%PDF-1.7'], 'dossier.pdf'), communique()] } });
    expect(await screen.findByText('Not a supported format: dossier.pdf. Import .docx, .md, .txt or .presskit.json files.')).toBeTruthy();
    expect(await screen.findByText('Release imported: CP124-2019')).toBeTruthy();
    expect((await api().client.releases.list({})).map((r) => r.ref)).toEqual(['CP124-2019']);
  });

  it('imports a Markdown communiqué chosen with the pictures it shows, leaves out those it does not, and refuses a picture alone', async () => {
    const { container } = await renderApp('en');
    const picker = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    fireEvent.change(picker, { target: { files: [new File([await jpegPhoto()], 'alone.jpg', { type: 'image/jpeg' })] } });
    expect(await screen.findByText('Not a supported format: alone.jpg. Import .docx, .md, .txt or .presskit.json files.')).toBeTruthy();

    const markdown = communiqueWithFigures('![Le satellite](photos/sat.jpg "Le satellite à Kourou")');
    const photo = await jpegPhoto({ width: 40, height: 30 });
    fireEvent.change(picker, {
      target: { files: [new File([markdown], 'cp.md', { type: 'text/markdown' }), new File([photo], 'sat.jpg', { type: 'image/jpeg' }), new File([await jpegPhoto()], 'other.jpg', { type: 'image/jpeg' })] },
    });
    expect(await screen.findByText('No communiqué imported with them shows these pictures, left out: other.jpg.')).toBeTruthy();
    expect(await screen.findByText('Release imported: CP124-2019')).toBeTruthy();
    const figure = (await api().client.releases.get({ ref: 'CP124-2019' })).body.find((block) => block.type === 'figure');
    expect(figure).toMatchObject({ alt: 'Le satellite', caption: 'Le satellite à Kourou' });
    expect((await api().client.images.get({ name: (figure as { image: string }).image })).bytes).toEqual(photo);
  });

  it('adds a colleague’s bundle dropped on the window to the archive', async () => {
    const colleague = await openApp({ dataDir: mkdtempSync(join(tmpdir(), 'presskit-colleague-')) });
    await colleague.api['demo.seed']({});
    const { bytes } = await colleague.api['bundle.export']({});
    await colleague.close();
    await renderApp('en');
    await screen.findByRole('heading', { name: 'No releases yet' });
    drop([new File([new Uint8Array(bytes)], 'maks.presskit.json', { type: 'application/json' })]);
    expect(await screen.findByText('Release imported: CP124-2019')).toBeTruthy();
    expect((await api().client.kits.list({})).map((k) => k.name)).toEqual(['MAKS 2019']);
  });

  it('shows the importer’s own sentence when a file cannot be read', async () => {
    await renderApp('en');
    await screen.findByRole('heading', { name: 'No releases yet' });
    drop([new File(['not a zip'], 'broken.docx')]);
    const error = await screen.findByText(/broken\.docx/);
    expect(error.closest('.toast-error')).toBeTruthy();
    expect(await api().client.releases.list({})).toEqual([]);
  });

  it('asks about a reference already filed: the next free number, a reference typed and checked as typed, or skip', async () => {
    await api().client.releases.import({ files: [{ name: 'communique-cp124-2019.fr.md', bytes: new Uint8Array(readFileSync('assets/demo/communique-cp124-2019.fr.md')) }] });
    await renderApp('en');
    await screen.findByRole('button', { name: 'Coopération spatiale entre la France et la Russie' });
    drop([communique()]);
    const dialog = await screen.findByRole('dialog', { name: '“communique-cp124-2019.fr.md”: reference already filed' });
    expect(within(dialog).getByText('A release with reference CP124-2019 is already in the archive (French).')).toBeTruthy();
    fireEvent.click(within(dialog).getByLabelText('under a reference I type'));
    const typed = await within(dialog).findByLabelText('Reference');
    const confirm = within(dialog).getByRole('button', { name: 'Continue' }) as HTMLButtonElement;
    fireEvent.change(typed, { target: { value: 'CP-7' } });
    expect(await within(dialog).findByText('« CP-7 » is not a reference of the brand’s pattern: write it like CP125-2019.')).toBeTruthy();
    expect(confirm.disabled).toBe(true);
    fireEvent.change(typed, { target: { value: 'cp124-2019' } });
    expect(await within(dialog).findByText('A release with reference cp124-2019 is already in the archive: choose another reference.')).toBeTruthy();
    fireEvent.change(typed, { target: { value: 'CP130-2019' } });
    await waitFor(() => expect(confirm.disabled).toBe(false));
    fireEvent.click(confirm);
    expect(await screen.findByText('Release imported: CP130-2019')).toBeTruthy();

    drop([communique()]);
    const again = await screen.findByRole('dialog');
    fireEvent.click(within(again).getByRole('button', { name: 'Cancel import' }));
    expect(await screen.findByText('Import cancelled: nothing was added.')).toBeTruthy();
    expect((await api().client.releases.list({})).map((r) => r.ref).sort()).toEqual(['CP124-2019', 'CP130-2019']);
  });

  it('asks per clashing file of a drop, and “apply to all remaining” answers the next ones', async () => {
    await api().client.releases.import({ files: [{ name: 'communique-cp124-2019.fr.md', bytes: new Uint8Array(readFileSync('assets/demo/communique-cp124-2019.fr.md')) }] });
    await renderApp('en');
    await screen.findByRole('button', { name: 'Coopération spatiale entre la France et la Russie' });
    const named = (name: string) => new File([readFileSync('assets/demo/communique-cp124-2019.fr.md')], name, { type: 'text/markdown' });
    drop([named('a.md'), named('b.md'), named('c.md')]);
    const first = await screen.findByRole('dialog', { name: '“a.md”: reference already filed' });
    fireEvent.click(within(first).getByLabelText('skip it (it is not imported)'));
    fireEvent.click(within(first).getByRole('button', { name: 'Continue' }));
    const second = await screen.findByRole('dialog', { name: '“b.md”: reference already filed' });
    fireEvent.click(within(second).getByLabelText('under the next free number, CP125-2019'));
    fireEvent.click(within(second).getByLabelText('Apply to all remaining clashes of this import'));
    fireEvent.click(within(second).getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('2 releases imported: CP125-2019, CP126-2019')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('imports what the desktop app’s File › Import read, with its pictures, asking about a clash as a drop does', async () => {
    const bytes = new Uint8Array(readFileSync('assets/demo/communique-cp124-2019.fr.md'));
    await api().client.releases.import({ files: [{ name: 'communique-cp124-2019.fr.md', bytes }] });
    // Sent before the studio listens, as files opened with the app are: held until it does.
    const photo = await jpegPhoto();
    api().emit('import.files', { files: [{ name: 'cp.md', bytes: new TextEncoder().encode(communiqueWithFigures('![Le satellite](photos/sat.jpg "Le satellite à Kourou")')), images: [{ path: 'photos/sat.jpg', bytes: photo }] }] });
    await renderApp('en');
    const dialog = await screen.findByRole('dialog', { name: '“cp.md”: reference already filed' });
    fireEvent.click(within(dialog).getByLabelText('under the next free number, CP125-2019'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Release imported: CP125-2019')).toBeTruthy();
    const release = await api().client.releases.get({ ref: 'CP125-2019' });
    expect(release.body.find((block) => block.type === 'figure')).toMatchObject({ alt: 'Le satellite', caption: 'Le satellite à Kourou' });
  });
});
