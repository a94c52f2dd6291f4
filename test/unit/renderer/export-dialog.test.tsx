// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Kit } from '../../../main/core/schema';
import { editableOf } from '../../../renderer/src/editor/draft';
import { fileNameFor } from '../../../renderer/src/export/export-target';
import { PROGRESS_POLL_MS } from '../../../renderer/src/export/useExportJob';
import { PATIENCE } from '../../setup/patience';
import { cleanup, renderApp } from './render-app';
import { installRealApi, type RealApi } from './real-api';

let api: RealApi;
let kit: Kit;

/** A kit long enough to typeset that its progress shows: eight releases of a few pages each. */
async function longKit(): Promise<Kit> {
  const paragraph = 'Le CNES et Roscosmos ont signé un accord général définissant le cadre de leur coopération dans le domaine des sciences spatiales. '.repeat(6);
  const refs: string[] = [];
  for (let n = 1; n <= 8; n++) {
    const created = await api.client.releases.create({ language: 'fr' });
    // Saved with its title, it takes its official number.
    const release = await api.client.releases.update({
      id: created.id,
      changes: { ...editableOf(created), title: `Communiqué ${n}`, body: Array.from({ length: 12 }, () => ({ type: 'paragraph' as const, content: [{ text: paragraph }] })) },
    });
    refs.push(release.ref);
  }
  return api.client.kits.create({ name: 'MAKS 2019', refs });
}

beforeEach(async () => {
  api = await installRealApi();
  kit = await longKit();
});

afterEach(async () => {
  cleanup();
  await api.close();
});

async function openKitExport() {
  await renderApp('en');
  fireEvent.click(await screen.findByRole('button', { name: 'Press kits' }));
  fireEvent.click(await screen.findByRole('button', { name: /^MAKS 2019/ }));
  await screen.findByRole('heading', { name: 'MAKS 2019', level: 1 });
  fireEvent.keyDown(window, { key: 'e', ctrlKey: true });
  return screen.findByRole('dialog', { name: 'Export the press kit' });
}

describe('the export dialog', () => {
  it('exports with the chosen options, follows the progress, and says where the file was saved', async () => {
    const dialog = await openKitExport();
    expect(within(dialog).getByText('MAKS 2019.pdf')).toBeTruthy();
    fireEvent.click(within(dialog).getByLabelText('Crop marks'));
    fireEvent.change(within(dialog).getByLabelText('Bleed (mm)'), { target: { value: '3' } });
    // The dialog asks for the progress every PROGRESS_POLL_MS. This kit's paragraphs are already set by its
    // live preview, so its export may end before the first question, the dialog closing on "Typesetting…"
    // (CI once). The questions' clock is the test's: it ticks once main has progress to tell, which it does
    // while the export hands the event loop a turn (every 25 ms of work, progress.ts), the job still running.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save PDF…' }));
      expect(within(dialog).getByRole('progressbar', { name: 'Export progress' })).toBeTruthy();
      expect((within(dialog).getByLabelText('Crop marks').closest('fieldset') as HTMLFieldSetElement).disabled).toBe(true);
      const { jobId } = api.calls.find((call) => call.channel === 'export.kit')?.input as { jobId: string };
      // Asked of the handler itself, so that only the dialog's questions are among the calls.
      await vi.waitFor(async () => expect(await api.app.api['export.progress']({ jobId })).not.toBeNull(), PATIENCE);
      vi.advanceTimersByTime(PROGRESS_POLL_MS);
      await within(dialog).findByText(/^(Laying out|Pages drawn): \d+ \/ \d+$/, {});
    } finally {
      vi.useRealTimers();
    }

    await screen.findByText(/^PDF saved: .*MAKS 2019\.pdf$/, {});
    expect(screen.queryByRole('dialog')).toBeNull();
    const exported = api.calls.find((call) => call.channel === 'export.kit')?.input as { id: string; options: object; jobId: string };
    expect(exported).toMatchObject({ id: kit.id, options: { paper: 'a4', bleedMm: 3, cropMarks: true } });
    expect(api.calls.some((call) => call.channel === 'export.progress' && (call.input as { jobId: string }).jobId === exported.jobId)).toBe(true);
    expect(readFileSync(join(api.exportsDir, 'MAKS 2019.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('cancels a running export and says so, without an error and without a file', async () => {
    const dialog = await openKitExport();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save PDF…' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel export' }));
    expect(await within(dialog).findByText('Export cancelled.', {})).toBeTruthy();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(api.calls.some((call) => call.channel === 'export.cancel')).toBe(true);
    expect(existsSync(join(api.exportsDir, 'MAKS 2019.pdf'))).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('saves a kit whose release is under an embargo already lifted, and says so in the dialog', async () => {
    const [first] = kit.items;
    const release = (await api.client.releases.list({})).find((r) => first?.type === 'release' && r.id === first.releaseId);
    await api.client.releases.update({ id: release!.id, changes: { date: '2019-08-27', embargo: { at: '2019-08-27T10:30:00+03:00', zone: 'Europe/Moscow' } } });
    const dialog = await openKitExport();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save PDF…' }));
    const warning = await within(dialog).findByRole('alert', {});
    expect(warning.textContent).toBe(
      `The embargo of ${release!.ref} (2019-08-27 10:30 Europe/Moscow) has already lifted, yet the PDF still announces it: remove the embargo or choose a new time.`,
    );
    expect(readFileSync(join(api.exportsDir, 'MAKS 2019.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('names files as the press office does, without characters a file system refuses', () => {
    expect(fileNameFor('CP124-2019', 'pdf')).toBe('CP124-2019.pdf');
    expect(fileNameFor('MAKS 2019', 'pdf')).toBe('MAKS 2019.pdf');
    expect(fileNameFor('Salon: Paris/Le Bourget *2019*', 'pdf')).toBe('Salon Paris Le Bourget 2019.pdf');
    expect(fileNameFor('...', 'vcf')).toBe('export.vcf');
  });
});
