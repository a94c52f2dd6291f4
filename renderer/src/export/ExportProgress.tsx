import { useTranslation } from 'react-i18next';
import type { ExportJobState } from './useExportJob';

/** The progress bar of a running export, or what became of it (cancelled, failed). */
export function ExportProgress({ state }: { state: ExportJobState }) {
  const { t } = useTranslation();
  if (state.step === 'running') {
    const { progress } = state;
    return (
      <div className="export-progress">
        <progress aria-label={t('export.progressLabel')} max={progress?.total || 1} value={progress ? progress.done : undefined} data-phase={progress?.phase ?? 'start'} />
        <p className="muted" aria-live="polite">
          {state.cancelling ? t('export.cancelling') : progress ? t(`export.phase.${progress.phase}`, { done: progress.done, total: progress.total }) : t('export.starting')}
        </p>
      </div>
    );
  }
  if (state.step === 'cancelled') {
    return (
      <p className="notice" role="status">
        {t('export.cancelled')}
      </p>
    );
  }
  if (state.step === 'confirm') {
    return (
      <p className="notice notice-untranslated" role="alert">
        {state.message}
      </p>
    );
  }
  if (state.step === 'failed') {
    return (
      <p className="notice notice-error" role="alert">
        {state.message}
      </p>
    );
  }
  return null;
}
