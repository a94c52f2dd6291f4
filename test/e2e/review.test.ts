/**
 * Review in the studio: approve a release, edit it, and see it back in review with "changed since
 * approval" and the words marked; export it with the draft watermark, then without it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE } from '../helpers/cli';
import { openStudio, type StudioSession } from './helpers';

const REF = 'CP124-2019';
const TITLE = 'Coopération spatiale entre la France et la Russie';

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

describe('review in the studio', () => {
  it('approves, shows what an edit changed since the approval, and exports with or without the watermark', async () => {
    session = await openStudio();
    const { page, dataDir } = session;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Releases', level: 1 }).waitFor();
    await page.locator('input[type="file"]').first().setInputFiles(FIXTURE);
    await page.getByText(`Release imported: ${REF}`).waitFor();
    await page.getByRole('button', { name: new RegExp(TITLE) }).click();

    const review = page.getByRole('region', { name: 'Review and approval' });
    await review.getByText('Not approved: exports carry the “DRAFT” watermark.').waitFor();
    await review.getByLabel('Approver’s name').fill('Pascale Bresson');
    await review.getByRole('button', { name: 'Approve' }).click();
    await review.getByText(/^Approved by Pascale Bresson on /u).waitFor();
    await review.getByText(/Revision 1 · .* · Approved by Pascale Bresson/u).waitFor();
    expect(await page.getByLabel('Status').inputValue()).toBe('approved');

    await page.getByLabel('Title', { exact: true }).fill('Coopération spatiale renforcée entre la France et la Russie');
    await page.getByRole('status').filter({ hasText: /^Saved$/u }).waitFor();
    const changed = review.getByRole('region', { name: 'Changed since approval' });
    await changed.waitFor();
    expect(await changed.locator('ins').allTextContents()).toEqual(['renforcée ']);
    expect(await changed.locator('del').count()).toBe(0);
    await changed.getByText('Title (changed)').waitFor();
    expect(await page.getByLabel('Status').inputValue()).toBe('review');
    await session.screenshot('editor-changed-since-approval');

    const saved = join(dataDir, 'exports', `${REF}.pdf`);
    await page.keyboard.press('Control+e');
    let dialog = page.getByRole('dialog', { name: 'Export the release' });
    const leaveOff = dialog.getByRole('checkbox', { name: 'Leave the “DRAFT” watermark off' });
    expect(await leaveOff.isChecked()).toBe(false);
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(existsSync(saved)).toBe(true);
    expect(pdfText(saved)).toMatch(/^PROJET$[\s\S]*Projet — ne pas diffuser/mu);
    rmSync(saved);

    await page.keyboard.press('Control+e');
    dialog = page.getByRole('dialog', { name: 'Export the release' });
    await dialog.getByRole('checkbox', { name: 'Leave the “DRAFT” watermark off' }).check();
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(existsSync(saved)).toBe(true);
    expect(pdfText(saved)).not.toMatch(/PROJET|ne pas diffuser/u);

    // Leaving the editor closes the editing session: one revision for all it changed.
    await page.getByLabel('Lead').fill('Un chapeau.');
    await page.getByRole('status').filter({ hasText: /^Saved$/u }).waitFor();
    await page.getByLabel('Lead').fill('Un chapeau neuf.');
    await page.getByRole('status').filter({ hasText: /^Saved$/u }).waitFor();
    await page.getByRole('button', { name: '← Releases' }).click();
    await page.getByRole('button', { name: /Coopération spatiale renforcée/u }).click();
    await review.getByText(/Revision 3 · .* · Editing session/u).waitFor();
    expect(await review.getByText(/Revision \d+ · /u).count()).toBe(3);
  });
});
