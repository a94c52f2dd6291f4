import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImport } from '../releases/useImport';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** The body editor takes dropped photos itself: the import's overlay stays away from it. */
function overPhotoTarget(event: DragEvent): boolean {
  return event.target instanceof Element && event.target.closest('[data-photo-drop]') !== null;
}

/** Files dragged anywhere onto the window are imported as communiqués; the window never navigates to a dropped file. */
export function FileDrop() {
  const { t } = useTranslation();
  const importFiles = useImport();
  const [over, setOver] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current++;
      setOver(!overPhotoTarget(event));
    };
    const overWindow = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setOver(!overPhotoTarget(event));
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setOver(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length) void importFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [importFiles]);

  if (!over) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-target">
        <p className="drop-title">{t('import.dropTitle')}</p>
        <p>{t('import.dropFormats')}</p>
      </div>
    </div>
  );
}
