import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, presskit } from '../api';
import { imageProblem } from './image-file';
import { useStoredImage } from './useStoredImage';

/**
 * Chooses a PNG or JPEG, checks it here first (type by content, size), stores it through images.save
 * and hands back its name. Shows the image named by `value`, read back with images.get.
 */
export function ImagePicker({ label, value, onChange }: { label: string; value: string | null; onChange: (name: string | null) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const shown = useStoredImage(value);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File) => {
    setProblem(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const refused = imageProblem(bytes);
    if (refused) return setProblem(t(`image.problems.${refused}`));
    setBusy(true);
    try {
      const { name } = await presskit().images.save({ bytes });
      onChange(name);
    } catch (error) {
      setProblem(errorMessage(error, t('image.problems.save')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="image-picker" role="group" aria-label={label}>
      <div className="image-frame">
        {shown ? <img src={shown} alt={label} /> : <span className="muted">{value ? t('image.stored') : t('image.none')}</span>}
      </div>
      <div className="image-buttons">
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={label}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void choose(file);
          }}
        />
        <button type="button" className="button button-small" disabled={busy} onClick={() => input.current?.click()}>
          {value ? t('image.replace') : t('image.choose')}
        </button>
        {value && (
          <button type="button" className="button button-small button-quiet" onClick={() => onChange(null)}>
            {t('image.remove')}
          </button>
        )}
        {problem && (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
    </div>
  );
}
