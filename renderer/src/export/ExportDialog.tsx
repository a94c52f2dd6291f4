import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OutputOptions } from '../../../main/core/schema';
import { errorMessage, presskit } from '../api';
import { useToast } from '../shell/toasts';
import { Dialog } from '../ui/Dialog';
import { asksToConfirm, exportPdf, fileNameFor, newJobId, type ExportTarget } from './export-target';
import { OutputOptionsFields } from './OutputOptionsFields';

/** How often the progress bar asks how far the export has got. */
export const PROGRESS_POLL_MS = 150;

export type ExportIntent = 'save' | 'print';

type Progress = { phase: 'layout' | 'paint'; done: number; total: number };
type State =
  | { step: 'options' }
  | { step: 'running'; progress: Progress | null; cancelling: boolean }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string }
  /** Refused because a release is still marked untranslated: the user may confirm and export it as it is. */
  | { step: 'confirm'; message: string; intent: ExportIntent };

/**
 * Exporting a PDF: the print options, then a progress bar with Cancel while main typesets, then the
 * file saved (the app asks where) or handed to the system for printing. A cancelled export is said
 * as such, never as an error.
 */
export function ExportDialog({
  target,
  baseName,
  intent,
  initialOptions,
  onClose,
}: {
  target: ExportTarget;
  /** The file name without extension: "CP124-2019", "MAKS 2019". */
  baseName: string;
  intent: ExportIntent;
  initialOptions?: OutputOptions;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useToast();
  const [options, setOptions] = useState<OutputOptions>(initialOptions ?? OutputOptions.parse({}));
  const [state, setState] = useState<State>({ step: 'options' });
  const job = useRef<{ id: string; cancelled: boolean } | null>(null);
  const open = useRef(true);
  const name = fileNameFor(baseName, 'pdf');

  useEffect(
    () => () => {
      open.current = false;
      // Closing the window of a running export stops it: nobody would receive the file.
      if (job.current && !job.current.cancelled) void presskit().export.cancel({ jobId: job.current.id });
    },
    [],
  );

  const run = async (how: ExportIntent, allowUntranslated = false) => {
    const current = { id: newJobId(), cancelled: false };
    job.current = current;
    setState({ step: 'running', progress: null, cancelling: false });
    const poll = setInterval(() => {
      presskit()
        .export.progress({ jobId: current.id })
        .then((progress) => progress && open.current && !current.cancelled && setState((s) => (s.step === 'running' ? { ...s, progress } : s)))
        .catch(() => undefined);
    }, PROGRESS_POLL_MS);
    try {
      const bytes = await exportPdf(target, options, current.id, allowUntranslated);
      clearInterval(poll);
      if (current.cancelled) return open.current && setState({ step: 'cancelled' });
      job.current = null;
      if (how === 'print') {
        const { opened, printDialog } = await presskit().files.print({ name, bytes });
        // After the system's print dialog there is nothing left to say; otherwise, where the PDF went.
        if (!printDialog) notify({ message: opened ? t('export.printing', { name }) : t('export.printSaved', { name }) });
      } else {
        const { saved, location } = await presskit().files.save({ name, bytes });
        if (saved) notify({ message: t('export.saved', { location }) });
      }
      if (open.current) onClose();
    } catch (error) {
      clearInterval(poll);
      job.current = null;
      if (!open.current) return;
      const message = errorMessage(error, t('export.failed'));
      setState(current.cancelled ? { step: 'cancelled' } : asksToConfirm(error) ? { step: 'confirm', message, intent: how } : { step: 'failed', message });
    }
  };

  const cancel = () => {
    if (!job.current) return;
    job.current.cancelled = true;
    setState((s) => (s.step === 'running' ? { ...s, cancelling: true } : s));
    void presskit().export.cancel({ jobId: job.current.id });
  };

  const running = state.step === 'running';
  const progress = running ? state.progress : null;
  return (
    <Dialog title={t(`export.title.${target.kind}`)} onClose={running ? cancel : onClose} className="export-dialog">
      <p className="export-file">
        <span className="muted">{t('export.file')}</span> <strong>{name}</strong>
      </p>
      <fieldset className="export-options" disabled={running}>
        <legend>{t('export.options')}</legend>
        <OutputOptionsFields value={options} onChange={setOptions} />
      </fieldset>
      {running && (
        <div className="export-progress">
          <progress
            aria-label={t('export.progressLabel')}
            max={progress?.total || 1}
            value={progress ? progress.done : undefined}
            data-phase={progress?.phase ?? 'start'}
          />
          <p className="muted" aria-live="polite">
            {state.cancelling ? t('export.cancelling') : progress ? t(`export.phase.${progress.phase}`, { done: progress.done, total: progress.total }) : t('export.starting')}
          </p>
        </div>
      )}
      {state.step === 'cancelled' && (
        <p className="notice" role="status">
          {t('export.cancelled')}
        </p>
      )}
      {state.step === 'confirm' && (
        <p className="notice notice-untranslated" role="alert">
          {state.message}
        </p>
      )}
      {state.step === 'failed' && (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
      <div className="dialog-actions">
        {running ? (
          <button type="button" className="button" onClick={cancel} disabled={state.cancelling}>
            {t('export.cancel')}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              {t('export.close')}
            </button>
            {state.step === 'confirm' && (
              <button type="button" className="button button-primary" onClick={() => void run(state.intent, true)}>
                {t('translation.exportAnyway')}
              </button>
            )}
            <button type="button" className={intent === 'print' ? 'button button-primary' : 'button'} onClick={() => void run('print')} aria-keyshortcuts="Control+P">
              {t('export.print')}
            </button>
            <button type="button" className={intent === 'save' ? 'button button-primary' : 'button'} onClick={() => void run('save')} aria-keyshortcuts="Control+E">
              {t('export.save')}
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}
