import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureWithoutAlt } from '../../../main/core/figures';
import { OutputOptions } from '../../../main/core/schema';
import { mainSentence, presskit } from '../api';
import { useToast } from '../shell/toasts';
import { Dialog } from '../ui/Dialog';
import { asksToConfirm, exportPdf, fileNameFor, type ExportTarget } from './export-target';
import { ExportProgress } from './ExportProgress';
import { MissingAltNotice } from './MissingAltNotice';
import { OutputOptionsFields } from './OutputOptionsFields';
import { KitSpellingCheck, SpellingCheck } from './SpellingCheck';
import { useExportJob } from './useExportJob';

export type ExportIntent = 'save' | 'print';

/**
 * Exporting a PDF: the print options, then a progress bar with Cancel while main typesets, then the
 * file saved (the app asks where) or handed to the system for printing. What the user should know about
 * a PDF that went out all the same (an embargo already lifted) keeps the dialog open to say it.
 */
export function ExportDialog({
  target,
  baseName,
  intent,
  initialOptions,
  missingAlt = [],
  draft = false,
  onClose,
}: {
  target: ExportTarget;
  /** The file name without extension: "CP124-2019", "MAKS 2019". */
  baseName: string;
  intent: ExportIntent;
  initialOptions?: OutputOptions;
  /** The photos without alt text: listed, and the export waits until the user confirms it. */
  missingAlt?: FigureWithoutAlt[];
  /** Not approved (a release, or a kit holding one): it prints the draft watermark unless the user leaves it off. */
  draft?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useToast();
  const [options, setOptions] = useState<OutputOptions>(initialOptions ?? OutputOptions.parse({}));
  const { state, run: runJob, cancel } = useExportJob();
  const [withoutAlt, setWithoutAlt] = useState(false);
  const waiting = missingAlt.length > 0 && !withoutAlt;
  const [watermarkOff, setWatermarkOff] = useState(false);
  const [warned, setWarned] = useState<string[]>([]);
  /** What the last try was for, to try again once the user confirms. */
  const [confirmed, setConfirmed] = useState<ExportIntent>(intent);
  const name = fileNameFor(baseName, 'pdf');

  const run = async (how: ExportIntent, allowUntranslated = false) => {
    setWarned([]);
    setConfirmed(how);
    await runJob(
      (jobId) => exportPdf(target, options, jobId, { watermark: !(draft && watermarkOff), allowUntranslated }),
      async ({ bytes, warnings }) => {
        if (how === 'print') {
          const { opened, printDialog } = await presskit().files.print({ name, bytes });
          // After the system's print dialog there is nothing left to say; otherwise, where the PDF went.
          if (!printDialog) notify({ message: opened ? t('export.printing', { name }) : t('export.printSaved', { name }) });
        } else {
          const { saved, location } = await presskit().files.save({ name, bytes });
          if (saved) notify({ message: t('export.saved', { location }) });
        }
        setWarned(warnings.map(mainSentence));
        if (warnings.length === 0) onClose();
      },
      asksToConfirm,
    );
  };

  const running = state.step === 'running';
  return (
    <Dialog title={t(`export.title.${target.kind}`)} onClose={running ? cancel : onClose} className="export-dialog">
      <p className="export-file">
        <span className="muted">{t('export.file')}</span> <strong>{name}</strong>
      </p>
      <fieldset className="export-options" disabled={running}>
        <legend>{t('export.options')}</legend>
        <OutputOptionsFields value={options} onChange={setOptions} />
        {draft && (
          <label className="check export-watermark">
            <input type="checkbox" checked={watermarkOff} onChange={(e) => setWatermarkOff(e.target.checked)} aria-describedby="export-watermark-hint" />
            <span>{t('export.watermark')}</span>
            <span id="export-watermark-hint" className="muted hint">
              {t('export.watermarkHint')}
            </span>
          </label>
        )}
      </fieldset>
      {missingAlt.length > 0 && !running && <MissingAltNotice figures={missingAlt} confirmed={withoutAlt} onConfirm={setWithoutAlt} />}
      {target.kind === 'release' && <SpellingCheck release={target} />}
      {target.kind === 'kit' && <KitSpellingCheck kit={target} />}
      <ExportProgress state={state} />
      {!running &&
        warned.map((warning) => (
          <p key={warning} className="notice notice-error" role="alert">
            {warning}
          </p>
        ))}
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
              <button type="button" className="button button-primary" onClick={() => void run(confirmed, true)}>
                {t('translation.exportAnyway')}
              </button>
            )}
            <button type="button" className={intent === 'print' ? 'button button-primary' : 'button'} onClick={() => void run('print')} aria-keyshortcuts="Control+P" disabled={waiting}>
              {t('export.print')}
            </button>
            <button type="button" className={intent === 'save' ? 'button button-primary' : 'button'} onClick={() => void run('save')} aria-keyshortcuts="Control+E" disabled={waiting}>
              {t('export.save')}
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}
