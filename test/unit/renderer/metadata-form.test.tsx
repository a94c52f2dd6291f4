// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useReducer } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Release } from '../../../main/core/schema';
import { draftProblems, draftReducer, initialDraft } from '../../../renderer/src/editor/draft';
import { MetadataForm } from '../../../renderer/src/editor/MetadataForm';
import { createI18n } from '../../../renderer/src/i18n';

const release: Release = {
  id: 'r1',
  ref: 'CP124-2019',
  language: 'fr',
  date: '2019-08-27',
  place: 'Moscou',
  kind: '',
  title: 'Coopération spatiale',
  subtitle: '',
  lead: '',
  body: [],
  boilerplate: true,
  embargo: null,
  contactIds: [],
  tags: [],
  event: '',
  status: 'draft',
  translationGroup: null,
  untranslated: null,
  createdAt: '2019-08-27T08:00:00.000Z',
  updatedAt: '2019-08-27T08:00:00.000Z',
  revisions: [],
};

/** The form as the editor drives it: every change goes through the draft reducer; the latest draft is exposed. */
let current: Release = release;
function Harness() {
  const [state, dispatch] = useReducer(draftReducer, release, initialDraft);
  current = state.draft;
  return (
    <MetadataForm
      release={state.draft}
      problems={draftProblems(state.draft)}
      timeZone="Europe/Paris"
      onChange={(field, patch) => dispatch({ type: 'change', field, patch, at: Date.now() })}
    />
  );
}

function renderForm() {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <Harness />
    </I18nextProvider>,
  );
}

afterEach(cleanup);

describe('the release metadata form', () => {
  it('edits reference, date, place, status and event through labelled fields', () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Reference'), { target: { value: 'CP125-2019' } });
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2019-08-28' } });
    fireEvent.change(screen.getByLabelText('Place'), { target: { value: 'Joukovski' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'review' } });
    fireEvent.change(screen.getByLabelText('Event'), { target: { value: 'MAKS 2019' } });
    expect(current).toMatchObject({ ref: 'CP125-2019', date: '2019-08-28', place: 'Joukovski', status: 'review', event: 'MAKS 2019' });
  });

  it('flags an empty reference for the user and for screen readers', () => {
    renderForm();
    const ref = screen.getByLabelText('Reference');
    fireEvent.change(ref, { target: { value: '' } });
    expect(ref.getAttribute('aria-invalid')).toBe('true');
    const problem = screen.getByText('Enter a reference (40 characters at most).');
    expect(ref.getAttribute('aria-describedby')).toBe(problem.id);
  });

  it('follows the release language for the header label and the About paragraph', () => {
    renderForm();
    expect(screen.getByLabelText('Header label').getAttribute('placeholder')).toBe('Communiqué de presse');
    fireEvent.change(screen.getByLabelText('Release language'), { target: { value: 'ru' } });
    expect(current.language).toBe('ru');
    expect(screen.getByLabelText('Header label').getAttribute('placeholder')).toBe('Пресс-релиз');
    const about = screen.getByLabelText('Add the “О компании” paragraph') as HTMLInputElement;
    expect(about.checked).toBe(true);
    fireEvent.click(about);
    expect(current.boilerplate).toBe(false);
  });

  it('sets an embargo in the zone the place suggests, keeps the hour typed when the zone changes, and lifts it', () => {
    renderForm();
    expect(screen.queryByLabelText('Until')).toBeNull();
    fireEvent.click(screen.getByLabelText('Under embargo'));
    // The place is Moscou: the embargo is said in Moscow time, not in the office's Paris time.
    expect(current.embargo).toEqual({ at: '2019-08-27T09:00:00+03:00', zone: 'Europe/Moscow' });
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2019-12-03T10:30' } });
    expect(current.embargo).toEqual({ at: '2019-12-03T10:30:00+03:00', zone: 'Europe/Moscow' });
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Europe/Paris' } });
    expect(current.embargo).toEqual({ at: '2019-12-03T10:30:00+01:00', zone: 'Europe/Paris' });
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'America/Sao_Paulo' } });
    expect(current.embargo).toEqual({ at: '2019-12-03T10:30:00-03:00', zone: 'America/Sao_Paulo' });
    fireEvent.click(screen.getByLabelText('Under embargo'));
    expect(current.embargo).toBeNull();
  });

  it('offers the agencies’ sites by city first, and says when the embargo is before the release’s date', () => {
    renderForm();
    fireEvent.click(screen.getByLabelText('Under embargo'));
    const zone = screen.getByLabelText('Time zone') as HTMLSelectElement;
    expect([...zone.options].slice(0, 3).map((option) => option.text)).toEqual(['Paris, Toulouse (Europe/Paris)', 'Moscow (Europe/Moscow)', 'Kourou, Cayenne (America/Cayenne)']);
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2019-08-26T10:30' } });
    expect(screen.getByText('The embargo is before the release’s date: choose a day on or after it, or change the date.')).toBeTruthy();
  });

  it('reads tags from one comma-separated line and keeps the text as typed', () => {
    renderForm();
    const tags = screen.getByLabelText('Tags') as HTMLInputElement;
    fireEvent.change(tags, { target: { value: 'MAKS, coopération, ' } });
    expect(current.tags).toEqual(['MAKS', 'coopération']);
    expect(tags.value).toBe('MAKS, coopération, ');
  });
});
