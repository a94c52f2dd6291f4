import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, presskit } from '../api';
import { newJobId } from './export-target';

/** How often the progress bar asks how far the export has got. */
export const PROGRESS_POLL_MS = 150;

export type Progress = { phase: 'layout' | 'paint'; done: number; total: number };
export type ExportJobState =
  | { step: 'options' }
  | { step: 'running'; progress: Progress | null; cancelling: boolean }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string }
  /** Refused for a reason the user may overrule (a release still marked untranslated): said, with a way on. */
  | { step: 'confirm'; message: string };

/**
 * A long export in main under a job id: its progress polled, Cancel, and what became of it. A cancelled
 * export is said as such, never as an error; closing the dialog of a running export stops it.
 */
export function useExportJob() {
  const { t } = useTranslation();
  const [state, setState] = useState<ExportJobState>({ step: 'options' });
  const job = useRef<{ id: string; cancelled: boolean } | null>(null);
  const open = useRef(true);

  useEffect(
    () => () => {
      open.current = false;
      if (job.current && !job.current.cancelled) void presskit().export.cancel({ jobId: job.current.id });
    },
    [],
  );

  /**
   * Runs `work` as a job, then `deliver` with its result; true once delivered while the dialog is still open.
   * A refusal `overrulable` recognises asks the user to confirm rather than failing.
   */
  const run = async <T>(work: (jobId: string) => Promise<T>, deliver: (result: T) => Promise<void>, overrulable: (error: unknown) => boolean = () => false): Promise<boolean> => {
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
      const result = await work(current.id);
      clearInterval(poll);
      if (current.cancelled) {
        if (open.current) setState({ step: 'cancelled' });
        return false;
      }
      job.current = null;
      await deliver(result);
      // Still open (the delivery had something to say): ready for another try.
      if (open.current) setState({ step: 'options' });
      return open.current;
    } catch (error) {
      clearInterval(poll);
      job.current = null;
      const message = errorMessage(error, t('export.failed'));
      if (open.current) setState(current.cancelled ? { step: 'cancelled' } : overrulable(error) ? { step: 'confirm', message } : { step: 'failed', message });
      return false;
    }
  };

  const cancel = () => {
    if (!job.current) return;
    job.current.cancelled = true;
    setState((s) => (s.step === 'running' ? { ...s, cancelling: true } : s));
    void presskit().export.cancel({ jobId: job.current.id });
  };

  return { state, run, cancel };
}
