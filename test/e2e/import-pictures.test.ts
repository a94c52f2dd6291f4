/**
 * A Markdown communiqué dropped on the studio with the photo it shows, in Chromium over the browser test
 * transport: the browser gives the files without their folder, and the release comes in with its figure.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { communiqueWithFigures } from '../helpers/cli';
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
});
