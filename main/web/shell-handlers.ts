/**
 * Saving and printing for studio:web. A browser page has no save dialog of ours, so an exported file lands
 * in the data folder's exports/ (where end-to-end tests read it back), and printing saves it there too.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ShellHandlers } from '../api/handlers';
import { writeExportFile } from '../store';

export function webShell(dataDir: string): ShellHandlers {
  const save = async (name: string, bytes: Uint8Array): Promise<string> => {
    const folder = join(dataDir, 'exports');
    await mkdir(folder, { recursive: true });
    const location = join(folder, name);
    await writeExportFile(location, bytes);
    return location;
  };
  return {
    'files.save': async ({ name, bytes }) => ({ saved: true, location: await save(name, bytes) }),
    'files.print': async ({ name, bytes }) => {
      await save(name, bytes);
      return { opened: false };
    },
  };
}
