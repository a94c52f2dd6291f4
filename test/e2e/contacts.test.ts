/**
 * A contact journalists can use, in Chromium over the browser test transport: a role per language, a
 * Moscow number typed as Muscovites write it, a photo shown in the directory and carried by the vCard.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { openStudio, type StudioSession } from './helpers';

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

function photo(): Buffer {
  const png = new PNG({ width: 320, height: 240 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([40, 110, 190, 255], i);
  return PNG.sync.write(png);
}

describe('a contact for journalists abroad', () => {
  it('stores a typed number in E.164, refuses one that is none, shows the photo and exports it in the vCard', async () => {
    session = await openStudio();
    const { page } = session;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: 'New contact' }).first().click();
    const form = page.getByRole('form', { name: 'New contact' });
    await form.getByLabel('Name').fill('Anna Ivanova');
    await form.getByLabel('Role (Russian)').fill('Пресс-атташе');
    await form.getByLabel('Role (English)').fill('Press officer');
    await form.getByLabel('E-mail').fill('anna.ivanova@example.org');
    await form.getByLabel('Country of the numbers').selectOption('RU');
    await form.getByRole('button', { name: 'Add a phone' }).click();
    await form.getByLabel('Number of phone 1').fill('495 123');
    await form.getByRole('button', { name: 'Create contact' }).click();
    await form.getByText('A number is not a phone number of the chosen country').waitFor();

    await form.getByLabel('Number of phone 1').fill('8 (495) 123-45-67');
    await form.locator('input[type="file"]').setInputFiles({ name: 'anna.png', mimeType: 'image/png', buffer: photo() });
    await form.getByRole('img', { name: 'Photo' }).waitFor();
    await form.getByRole('button', { name: 'Create contact' }).click();
    await page.getByRole('heading', { name: 'Anna Ivanova', level: 2 }).waitFor();

    const row = page.getByRole('listitem').filter({ hasText: 'Anna Ivanova' });
    await row.locator('.avatar img').waitFor();
    await row.getByText('Press officer').waitFor();
    await page.locator('.card-preview[aria-busy="false"][data-pages="1"]').waitFor();
    await session.screenshot('contact-with-photo');

    await page.getByRole('checkbox', { name: 'Select Anna Ivanova' }).check();
    await page.getByRole('button', { name: 'Export 1 vCard' }).click();
    await page.getByText(/1 vCard saved: .*Anna Ivanova\.vcf/).waitFor();
    const vcard = readFileSync(join(session.dataDir, 'exports', 'Anna Ivanova.vcf'), 'utf8').replace(/\r\n /g, '');
    expect(vcard).toContain('VERSION:3.0\r\n');
    expect(vcard).toContain('TITLE:Press officer\r\n');
    expect(vcard).toContain('TEL;TYPE=WORK,VOICE:+74951234567\r\n');
    expect(vcard).toMatch(/^PHOTO;ENCODING=b;TYPE=JPEG:\/9j\/[A-Za-z0-9+/=]+\r$/mu);
  });
});
