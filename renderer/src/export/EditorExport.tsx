import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShortcut } from '../shell/shortcuts';
import type { ExportIntent } from './ExportDialog';

/**
 * Exporting from an editor: the export prints what is stored, so the pending edits are saved first.
 * Ctrl/Cmd+S saves, Ctrl/Cmd+E exports, Ctrl/Cmd+P prints.
 */
export function useEditorExport(flush: () => Promise<boolean>) {
  const [exporting, setExporting] = useState<ExportIntent | 'pack' | null>(null);
  const start = async (intent: ExportIntent | 'pack') => {
    if (await flush()) setExporting(intent);
  };
  useShortcut({ key: 's' }, () => void flush());
  useShortcut({ key: 'e' }, () => void start('save'), !exporting);
  useShortcut({ key: 'p' }, () => void start('print'), !exporting);
  return { exporting, start, close: () => setExporting(null) };
}

/** The Journalist pack…, Print… and Export PDF buttons of an editor's header. */
export function ExportButtons({ onExport, disabled }: { onExport: (intent: ExportIntent | 'pack') => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button" onClick={() => onExport('pack')} disabled={disabled}>
        {t('pack.action')}
      </button>
      <button type="button" className="button" onClick={() => onExport('print')} aria-keyshortcuts="Control+P" disabled={disabled}>
        {t('export.print')}
      </button>
      <button type="button" className="button button-primary" onClick={() => onExport('save')} aria-keyshortcuts="Control+E" disabled={disabled}>
        {t('export.action')}
      </button>
    </>
  );
}
