/**
 * A Markdown communiqué dropped on the studio with the photo it shows, in Chromium over the browser test
 * transport: the browser gives the files without their folder, and the release comes in with its figure.
 * And the same communiqué as the desktop app's File › Import hands it over (read by main with its photo,
 * sent as the contract's `import.files` event): the studio imports it as a drop, asking about a clash.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { WEB_EVENT } from '../../main/web/web-event';
import { communiqueWithFigures, FIXTURE } from '../helpers/cli';
import { jpegPhoto } from '../helpers/photos';
import { callApi, openStudio, type StudioSession } from './helpers';

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('importing a Markdown communiqué with its photo', () => {
  it('drops the .md with its JPEG on the window and files the release with the figure', async () => {
    session = await openStudio();
    const { page, server } = session;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'No releases yet' }).waitFor();

    const markdown = communiqueWithFigures('![Le satellite sur son lanceur](photos/sat.jpg "Le satellite à Kourou")\n\n© CNES/ESA');
    const photo = await jpegPhoto({ width: 320, height: 240, color: '#aa3322' });
    await page.evaluate(
      ({ text, jpeg }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'communique.md', { type: 'text/markdown' }));
        transfer.items.add(new File([new Uint8Array(jpeg)], 'sat.jpg', { type: 'image/jpeg' }));
        window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { text: markdown, jpeg: [...photo] },
    );
    await page.getByText('Release imported: CP124-2019').waitFor();

    const got = await callApi(server, 'releases.get', { ref: 'CP124-2019' });
    expect(got.ok).toBe(true);
    const release = (got as { value: { body: { type: string; image?: string }[] } }).value;
    const figure = release.body.find((block) => block.type === 'figure');
    expect(figure).toMatchObject({ alt: 'Le satellite sur son lanceur', caption: 'Le satellite à Kourou', credit: '© CNES/ESA' });
    const image = await callApi(server, 'images.get', { name: figure?.image });
    expect(image.ok && Buffer.from((image.value as { bytes: Uint8Array }).bytes).equals(Buffer.from(photo))).toBe(true);

    // The studio shows it: the figure in the editor, with its caption.
    await page.getByRole('button', { name: 'Open' }).click();
    const shown = page.getByRole('group', { name: 'Photo' });
    await shown.waitFor();
    expect(await shown.getByLabel('Caption').inputValue()).toBe('Le satellite à Kourou');
  });

  it('imports what File › Import read, its photo included, and asks about its clash as a drop does', async () => {
    session = await openStudio();
    const { page, server } = session;
    const filed = await callApi(server, 'releases.import', { files: [{ name: 'communique-cp124-2019.fr.md', bytes: new Uint8Array(readFileSync(FIXTURE)) }] });
    expect(filed.ok).toBe(true);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Coopération spatiale entre la France et la Russie' }).waitFor();

    const markdown = communiqueWithFigures('![Le satellite sur son lanceur](photos/sat.jpg "Le satellite à Kourou")\n\n© CNES/ESA');
    const photo = await jpegPhoto({ width: 320, height: 240, color: '#2233aa' });
    await page.evaluate(
      ({ name, text, jpeg }) => {
        const payload = { files: [{ name: 'communique.md', bytes: new TextEncoder().encode(text), images: [{ path: 'photos/sat.jpg', bytes: new Uint8Array(jpeg) }] }] };
        window.dispatchEvent(new CustomEvent(name, { detail: { event: 'import.files', payload } }));
      },
      { name: WEB_EVENT, text: markdown, jpeg: [...photo] },
    );
    const dialog = page.getByRole('dialog', { name: '“communique.md”: reference already filed' });
    await dialog.getByLabel('under the next free number, CP125-2019').check();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Release imported: CP125-2019').waitFor();

    const got = await callApi(server, 'releases.get', { ref: 'CP125-2019' });
    const figure = got.ok ? (got.value as { body: { type: string; image?: string }[] }).body.find((block) => block.type === 'figure') : undefined;
    expect(figure).toMatchObject({ alt: 'Le satellite sur son lanceur', caption: 'Le satellite à Kourou', credit: '© CNES/ESA' });
    const image = await callApi(server, 'images.get', { name: figure?.image });
    expect(image.ok && Buffer.from((image.value as { bytes: Uint8Array }).bytes).equals(Buffer.from(photo))).toBe(true);
  });
});
