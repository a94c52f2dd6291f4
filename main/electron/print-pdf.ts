/**
 * Printing a PDF through the system's print dialog: a hidden, locked-down window shows the PDF in
 * Chromium's viewer and prints it. Anything short of a print or a cancel in that dialog (the viewer
 * not starting, a failed job, no printer) falls back to the system's PDF viewer, so the press officer
 * can always print.
 *
 * The shell, which hands the file to the system, trusts nothing of the renderer's request: only bytes
 * that are a PDF are printed, always under a `.pdf` name of the shell's own (given any other name or
 * extension, the system would open the file with whatever program that name calls for).
 */
import { BrowserWindow, session, shell, type Session, type WebContents } from 'electron';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Output } from '../api/contract';
import { UserError } from '../core/errors';
import { permitPdfViewerFrames, refuseSessionRequests } from './security';

/** How long the viewer may take to show the PDF before the system viewer takes over. */
export const PRINT_READY_TIMEOUT_MS = 30_000;
const READY_POLL_MS = 100;
/** In memory, apart from the studio's session, whose CSP would refuse the viewer's own scripts. */
const PRINT_PARTITION = 'presskit-print';
/** Electron says "Print job canceled"; matched loosely so a rewording cannot turn a cancel into a fallback. */
const CANCELLED = /cancel/i;

type DialogOutcome = 'printed' | 'cancelled';

/** Every PDF starts with its header, `%PDF-` and the version. */
const PDF_HEADER = new TextEncoder().encode('%PDF-');
/** The private copy's name, in a folder of its own. */
const PRINT_FILE = 'presskit-print.pdf';
/** The system viewer's copies: a folder of the shell's own under temp, numbered files. */
const VIEWER_FOLDER = 'PressKit Studio';
const viewerFile = (n: number): string => `presskit-print-${n}.pdf`;

export function isPdf(bytes: Uint8Array): boolean {
  return PDF_HEADER.every((byte, at) => bytes[at] === byte);
}

let printSession: Session | null = null;
function lockedDownPrintSession(): Session {
  if (!printSession) {
    printSession = session.fromPartition(PRINT_PARTITION);
    refuseSessionRequests(printSession);
  }
  return printSession;
}

/** Whether the viewer hosts the document in a frame of its own: before that, print() prints an empty page. */
function showsPdf(contents: WebContents): boolean {
  const main = contents.mainFrame;
  return main.framesInSubtree.some((frame) => frame.parent !== null && frame.url === main.url);
}

/** Loads the PDF and waits for the viewer to show it, or fails after PRINT_READY_TIMEOUT_MS. */
function showPdf(window: BrowserWindow, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    const deadline = setTimeout(
      () => settle(new Error(`the PDF viewer did not show the document within ${PRINT_READY_TIMEOUT_MS} ms`)),
      PRINT_READY_TIMEOUT_MS,
    );
    // Once settled, the window may be gone: nothing may look at it any more.
    const check = (): void => {
      if (settled) return;
      if (showsPdf(window.webContents)) settle();
      else setTimeout(check, READY_POLL_MS);
    };
    window.loadURL(url).then(check, settle);
  });
}

/** Opens the system's print dialog; a failure other than the user's cancel rejects. */
function askToPrint(contents: WebContents): Promise<DialogOutcome> {
  return new Promise((resolve, reject) => {
    // Without a renderer the callback would never come.
    contents.once('render-process-gone', (_event, details) => reject(new Error(`the PDF viewer stopped (${details.reason})`)));
    contents.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success) resolve('printed');
      else if (CANCELLED.test(failureReason)) resolve('cancelled');
      else reject(new Error(`printing failed: ${failureReason}`));
    });
  });
}

/**
 * Shows the PDF at `file` in a hidden window and prints it through the system's dialog. The timeout
 * covers the PDF being shown, not the dialog: the user may take their time there.
 */
async function printInDialog(file: string): Promise<DialogOutcome> {
  const url = pathToFileURL(file).href;
  // One literal, as the studio window's (window.ts): static scanners (electronegativity) read no spread
  // or shared constant, and would report the window unisolated.
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: lockedDownPrintSession(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Chromium's PDF viewer is a plugin: on in this window only, never in the studio's.
      plugins: true,
    },
  });
  permitPdfViewerFrames(window.webContents, url);
  try {
    await showPdf(window, url);
    return await askToPrint(window.webContents);
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}

/** Prints from a file only this user can read, in a folder of its own, removed whatever happens. */
async function printPrivately(bytes: Uint8Array, tempFolder: string): Promise<DialogOutcome> {
  const folder = await mkdtemp(join(tempFolder, 'presskit-print-'));
  try {
    const file = join(folder, PRINT_FILE);
    await writeFile(file, bytes, { mode: 0o600 });
    return await printInDialog(file);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Writes the viewer's copy under the first free number: never over a file a viewer may still hold open,
 * nor through a link someone left there (the exclusive create follows none).
 */
async function writeViewerCopy(folder: string, bytes: Uint8Array): Promise<string> {
  for (let n = 1; ; n += 1) {
    const file = join(folder, viewerFile(n));
    try {
      await writeFile(file, bytes, { mode: 0o600, flag: 'wx' });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** The fallback: the system's viewer opens the PDF with its own Print; the file stays for it to read. */
async function openInSystemViewer(bytes: Uint8Array, tempFolder: string): Promise<boolean> {
  const folder = join(tempFolder, VIEWER_FOLDER);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  return (await shell.openPath(await writeViewerCopy(folder, bytes))) === '';
}

/** Hands a PDF to the system for printing: the print dialog, else the system's PDF viewer. Anything else is refused. */
export async function printPdf(bytes: Uint8Array, tempFolder: string): Promise<Output<'files.print'>> {
  if (!isPdf(bytes)) throw new UserError('print.notPdf');
  try {
    return { opened: true, printDialog: await printPrivately(bytes, tempFolder) };
  } catch (error) {
    console.warn('[print] the print dialog did not print; opening the system viewer instead:', error);
    return { opened: await openInSystemViewer(bytes, tempFolder) };
  }
}
