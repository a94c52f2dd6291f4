import { useTranslation } from 'react-i18next';
import { presskit } from '../api';
import { useToast } from '../shell/toasts';
import { Dialog } from '../ui/Dialog';
import { fileNameFor } from './export-target';
import { ExportProgress } from './ExportProgress';
import { useExportJob } from './useExportJob';

/** What a journalist pack is made of: a release, or a kit and its releases. */
export type PackTarget = { kind: 'release'; ref: string } | { kind: 'kit'; id: string };

/** The journalist pack: what it holds, then a progress bar with Cancel while main makes it, then the zip where the user chooses. */
export function PackDialog({ target, baseName, onClose }: { target: PackTarget; baseName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const { state, run, cancel } = useExportJob();
  const name = fileNameFor(baseName, 'zip');

  const save = async () => {
    const delivered = await run(
      (jobId) => (target.kind === 'release' ? presskit().pack.release({ ref: target.ref, jobId }) : presskit().pack.kit({ id: target.id, jobId })),
      async ({ bytes }) => {
        const { saved, location } = await presskit().files.save({ name, bytes });
        if (saved) notify({ message: t('pack.saved', { location }) });
      },
    );
    if (delivered) onClose();
  };

  const running = state.step === 'running';
  return (
    <Dialog title={t('pack.title')} onClose={running ? cancel : onClose} className="export-dialog">
      <p className="export-file">
        <span className="muted">{t('export.file')}</span> <strong>{name}</strong>
      </p>
      <p>{t(`pack.holds.${target.kind}`)}</p>
      <ExportProgress state={state} />
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
            <button type="button" className="button button-primary" onClick={() => void save()}>
              {t('pack.save')}
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}
