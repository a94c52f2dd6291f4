/**
 * The journalist pack from the studio, in Chromium over the browser test transport: the dialog, the
 * progress, then the zip saved (studio:web saves into DATA_DIR/exports/), read back as a journalist would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { openStudio, type StudioSession } from './helpers';

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the journalist pack in the studio', () => {
  it('saves the release’s pack from its editor, and the kit’s from the kit editor', async () => {
    session = await openStudio({ demo: true });
    const { page, dataDir } = session;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: /Coopération spatiale entre la France et la Russie/ }).click();
    await page.getByRole('button', { name: 'Journalist pack…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Journalist pack' });
    await dialog.getByText('CP124-2019.zip').waitFor();
    await session.screenshot('pack-dialog');
    await dialog.getByRole('button', { name: 'Save pack…' }).click();
    await page.getByText(/Journalist pack saved: .*CP124-2019\.zip/).waitFor();
    const release = unzipSync(new Uint8Array(readFileSync(join(dataDir, 'exports', 'CP124-2019.zip'))));
    expect(Object.keys(release)).toEqual(['CP124-2019.pdf', 'CP124-2019.txt', 'CP124-2019.html', 'contacts.vcf']);
    expect(new TextDecoder().decode(release['CP124-2019.txt'])).toMatch(/^Diffusion immédiate\n\nCommuniqué de presse · Moscou, 27\saoût\s2019 · CP124-2019\n/u);

    await page.getByRole('button', { name: '← Releases' }).click();
    await page.getByRole('link', { name: 'Press kits' }).or(page.getByRole('button', { name: 'Press kits' })).first().click();
    await page.getByRole('button', { name: /MAKS 2019/ }).first().click();
    await page.getByRole('button', { name: 'Journalist pack…' }).click();
    await page.getByRole('dialog', { name: 'Journalist pack' }).getByRole('button', { name: 'Save pack…' }).click();
    await page.getByText(/Journalist pack saved: .*MAKS 2019\.zip/).waitFor();
    const kit = unzipSync(new Uint8Array(readFileSync(join(dataDir, 'exports', 'MAKS 2019.zip'))));
    expect(Object.keys(kit)).toEqual(['maks-2019.pdf', 'CP124-2019.pdf', 'CP124-2019.txt', 'CP124-2019.html', 'contacts.vcf']);
  });
});
