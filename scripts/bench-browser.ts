/** The studio on studio:web in Debian's Chromium, as the benchmarks that time what a press officer sees open it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createStudioServer } from '../main/web/server';

const CHROMIUM = '/usr/bin/chromium';

export interface StudioPage {
  page: Page;
  close: () => Promise<void>;
}

/** The studio's first screen on `dataDir`, or why it cannot be opened (then the figure is skipped, not failed). */
export async function openStudioPage(rendererDir: string, dataDir: string, demo: boolean): Promise<StudioPage | string> {
  if (!existsSync(CHROMIUM)) return `skipped: ${CHROMIUM} is not installed`;
  if (!existsSync(join(rendererDir, 'index.html'))) return 'skipped: the studio is not built (npm run build)';
  const server = await createStudioServer({ dataDir, demo, rendererDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(server.url);
  return {
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
