import { useTranslation } from 'react-i18next';
import { Paper, type OutputOptions } from '../../../main/core/schema';

const BLEED_MAX_MM = 10;

/** Paper, bleed and crop marks: the print shop's three questions, shared by the export dialog and the kit's settings. */
export function OutputOptionsFields({ value, onChange }: { value: OutputOptions; onChange: (options: OutputOptions) => void }) {
  const { t } = useTranslation();
  return (
    <div className="output-options">
      <label className="field">
        <span>{t('output.paper')}</span>
        <select value={value.paper} onChange={(e) => onChange({ ...value, paper: Paper.safeParse(e.target.value).data ?? 'a4' })}>
          {Paper.options.map((paper) => (
            <option key={paper} value={paper}>
              {t(`output.papers.${paper}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('output.bleed')}</span>
        <input
          type="number"
          min={0}
          max={BLEED_MAX_MM}
          step={0.5}
          value={value.bleedMm}
          onChange={(e) => onChange({ ...value, bleedMm: Math.min(BLEED_MAX_MM, Math.max(0, Number(e.target.value) || 0)) })}
        />
      </label>
      <label className="check">
        <input type="checkbox" checked={value.cropMarks} onChange={(e) => onChange({ ...value, cropMarks: e.target.checked })} />
        <span>{t('output.cropMarks')}</span>
      </label>
    </div>
  );
}
