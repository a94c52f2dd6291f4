import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseChanges } from '../../../main/api/contract';
import { LABELS } from '../../../main/core/language';
import { LanguageSelect } from '../ui/LanguageSelect';
import { ReleaseStatus, type Release } from '../../../main/core/schema';
import { RELEASE_STATUSES } from '../format';
import { Field } from '../ui/Field';
import { embargoAt, instantToWallTime } from '../../../main/core/embargo';
import { suggestedZone } from '../../../main/core/embargo-zones';
import { EMBARGO_BEFORE_DATE, type EditableField } from './draft';
import { zoneChoices } from './embargo';

export interface MetadataFormProps {
  release: Release;
  problems: Partial<Record<EditableField, string>>;
  /** The office's zone: an embargo's zone when the release's place suggests none. */
  timeZone: string;
  onChange: (field: EditableField, patch: ReleaseChanges) => void;
}

/** A release becomes approved through Approve (which records the approval), and is published once approved. */
function statusOffered(current: ReleaseStatus, status: ReleaseStatus): boolean {
  if (status === 'approved') return current === 'approved';
  if (status === 'published') return current === 'approved' || current === 'published';
  return true;
}

export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/** Tags are typed as one comma-separated line; the text is kept as typed while it means the same tags. */
function TagsInput({ tags, onChange, ...props }: { tags: string[]; onChange: (tags: string[]) => void; id: string; 'aria-describedby': string | undefined }) {
  const [text, setText] = useState(tags.join(', '));
  useEffect(() => {
    setText((current) => (JSON.stringify(parseTags(current)) === JSON.stringify(tags) ? current : tags.join(', ')));
  }, [tags]);
  return (
    <input
      {...props}
      type="text"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseTags(e.target.value));
      }}
    />
  );
}

/** Reference, date, place, language, status, header label, embargo, event, tags and the "About" paragraph. */
export function MetadataForm({ release, problems, timeZone, onChange }: MetadataFormProps) {
  const { t, i18n } = useTranslation();
  const problem = (field: EditableField) => {
    if (!problems[field]) return undefined;
    if (field === 'embargo' && problems.embargo === EMBARGO_BEFORE_DATE) return t('editor.problems.embargoBeforeDate');
    return t(`editor.problems.${field === 'ref' || field === 'date' || field === 'embargo' ? field : 'other'}`);
  };
  const { embargo } = release;
  // The wall time stays as typed while it is incomplete; the release only takes complete instants.
  const [embargoText, setEmbargoText] = useState(embargo ? instantToWallTime(embargo.at, embargo.zone) : '');
  useEffect(() => {
    if (embargo) setEmbargoText(instantToWallTime(embargo.at, embargo.zone));
  }, [embargo]);
  const zone = embargo?.zone ?? suggestedZone(release.place, release.event) ?? timeZone;
  const zones = zoneChoices(i18n.language === 'fr' ? 'fr' : 'en', zone);
  const setEmbargo = (wall: string, inZone: string) => {
    const next = embargoAt(wall, inZone);
    if (next) onChange('embargo', { embargo: next });
  };

  return (
    <div className="form-grid">
      <Field label={t('editor.ref')} problem={problem('ref')}>
        {(props) => <input {...props} type="text" value={release.ref} onChange={(e) => onChange('ref', { ref: e.target.value })} />}
      </Field>
      <Field label={t('editor.date')} problem={problem('date')}>
        {(props) => <input {...props} type="date" value={release.date} onChange={(e) => onChange('date', { date: e.target.value })} />}
      </Field>
      <Field label={t('editor.place')}>
        {(props) => <input {...props} type="text" value={release.place} onChange={(e) => onChange('place', { place: e.target.value })} />}
      </Field>
      <Field label={t('editor.language')}>
        {(props) => <LanguageSelect {...props} value={release.language} onLanguage={(language) => onChange('language', { language })} />}
      </Field>
      <Field label={t('editor.status')}>
        {(props) => (
          <select
            {...props}
            value={release.status}
            onChange={(e) => {
              const status = ReleaseStatus.safeParse(e.target.value);
              if (status.success) onChange('status', { status: status.data });
            }}
          >
            {RELEASE_STATUSES.filter((status) => statusOffered(release.status, status)).map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('editor.kind')} hint={t('editor.kindHint')}>
        {(props) => (
          <input {...props} type="text" value={release.kind} placeholder={LABELS[release.language].release} onChange={(e) => onChange('kind', { kind: e.target.value })} />
        )}
      </Field>
      <Field label={t('editor.event')}>
        {(props) => <input {...props} type="text" value={release.event} onChange={(e) => onChange('event', { event: e.target.value })} />}
      </Field>
      <Field label={t('editor.tags')} hint={t('editor.tagsHint')}>
        {(props) => <TagsInput {...props} tags={release.tags} onChange={(tags) => onChange('tags', { tags })} />}
      </Field>
      <fieldset className="field field-wide embargo">
        <legend>{t('editor.embargo')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={embargo !== null}
            onChange={(e) => {
              const wall = embargoText || `${release.date}T09:00`;
              setEmbargoText(wall);
              if (e.target.checked) setEmbargo(wall, zone);
              else onChange('embargo', { embargo: null });
            }}
          />
          {t('editor.embargoOn')}
        </label>
        {embargo !== null && (
          <>
            <Field label={t('editor.embargoUntil')} problem={problem('embargo')}>
              {(props) => (
                <input
                  {...props}
                  type="datetime-local"
                  value={embargoText}
                  onChange={(e) => {
                    setEmbargoText(e.target.value);
                    setEmbargo(e.target.value, embargo.zone);
                  }}
                />
              )}
            </Field>
            <Field label={t('editor.embargoZone')}>
              {(props) => (
                // The hour stays as typed: "10:30" read again on the clocks of the zone chosen.
                <select {...props} value={embargo.zone} onChange={(e) => setEmbargo(embargoText, e.target.value)}>
                  {zones.named.map(({ zone: named, label }) => (
                    <option key={named} value={named}>
                      {label}
                    </option>
                  ))}
                  <optgroup label={t('editor.embargoOtherZones')}>
                    {zones.others.map((other) => (
                      <option key={other} value={other}>
                        {other}
                      </option>
                    ))}
                  </optgroup>
                </select>
              )}
            </Field>
          </>
        )}
      </fieldset>
      <label className="check field-wide">
        <input type="checkbox" checked={release.boilerplate} onChange={(e) => onChange('boilerplate', { boilerplate: e.target.checked })} />
        {t('editor.boilerplate', { about: LABELS[release.language].about })}
      </label>
    </div>
  );
}
