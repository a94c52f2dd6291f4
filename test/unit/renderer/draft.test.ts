import { describe, expect, it } from 'vitest';
import type { ReleaseSummary } from '../../../main/api/contract';
import type { Release } from '../../../main/core/schema';
import { changedFields, draftProblems, draftReducer, EMBARGO_BEFORE_DATE, initialDraft } from '../../../renderer/src/editor/draft';
import { moved } from '../../../renderer/src/ui/moved';
import { parseTags } from '../../../renderer/src/editor/MetadataForm';
import { sortReleases } from '../../../renderer/src/releases/sort';

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
  body: [{ type: 'paragraph', content: [{ text: 'Texte.' }] }],
  boilerplate: true,
  embargo: null,
  contactIds: [],
  tags: [],
  event: 'MAKS 2019',
  status: 'draft',
  translationGroup: null,
  untranslated: null,
  createdAt: '2019-08-27T08:00:00.000Z',
  updatedAt: '2019-08-27T08:00:00.000Z',
  revisions: [],
};

describe('the editor draft', () => {
  it('sends only the fields that changed', () => {
    expect(changedFields(release, { ...release, title: 'Nouveau', updatedAt: '2020-01-01T00:00:00.000Z' })).toEqual({ title: 'Nouveau' });
    expect(changedFields(release, { ...release, body: [{ type: 'paragraph', content: [{ text: 'Texte.' }] }] })).toEqual({});
  });

  it('names the fields main would refuse', () => {
    expect(draftProblems(release)).toEqual({});
    expect(Object.keys(draftProblems({ ...release, ref: '', date: '2019-8-1', embargo: { at: 'demain', zone: 'Europe/Paris' } })).sort()).toEqual(['date', 'embargo', 'ref']);
  });

  it('names an embargo before the release’s date, as main would refuse it', () => {
    const embargo = { at: '2019-08-28T10:30:00+02:00', zone: 'Europe/Paris' };
    expect(draftProblems({ ...release, date: '2026-12-01', embargo })).toEqual({ embargo: EMBARGO_BEFORE_DATE });
    expect(draftProblems({ ...release, date: '2019-08-28', embargo })).toEqual({});
  });

  it('undoes a burst of typing as one step, another field as another, and redoes them', () => {
    let state = initialDraft(release);
    state = draftReducer(state, { type: 'change', field: 'title', patch: { title: 'A' }, at: 1000 });
    state = draftReducer(state, { type: 'change', field: 'title', patch: { title: 'AB' }, at: 1300 });
    state = draftReducer(state, { type: 'change', field: 'place', patch: { place: 'Paris' }, at: 1400 });
    state = draftReducer(state, { type: 'change', field: 'place', patch: { place: 'Paris 1' }, at: 5000 });
    expect(state.past).toHaveLength(3);

    state = draftReducer(state, { type: 'undo' });
    expect(state.draft.place).toBe('Paris');
    state = draftReducer(state, { type: 'undo' });
    expect([state.draft.title, state.draft.place]).toEqual(['AB', 'Moscou']);
    state = draftReducer(state, { type: 'undo' });
    expect(state.draft.title).toBe('Coopération spatiale');
    expect(draftReducer(state, { type: 'undo' })).toBe(state);

    state = draftReducer(state, { type: 'redo' });
    state = draftReducer(state, { type: 'redo' });
    expect([state.draft.title, state.draft.place]).toEqual(['AB', 'Paris']);
    state = draftReducer(state, { type: 'change', field: 'lead', patch: { lead: 'x' }, at: 9000 });
    expect(state.future).toEqual([]);
  });

  it('follows a status the store moved by itself, unless the user changed it meanwhile, and never undoes into an approval', () => {
    const approved = { ...release, status: 'approved' as const };
    let state = initialDraft(approved);
    state = draftReducer(state, { type: 'change', field: 'title', patch: { title: 'Edited' }, at: 1 });
    // The save of an edit to an approved text comes back in review.
    state = draftReducer(state, { type: 'saved', release: { ...approved, title: 'Edited', status: 'review' } });
    expect(state.draft.status).toBe('review');
    expect(changedFields(state.saved, state.draft)).toEqual({});
    state = draftReducer(state, { type: 'undo' });
    expect(state.draft).toMatchObject({ title: 'Coopération spatiale', status: 'review' });
    state = draftReducer(state, { type: 'change', field: 'status', patch: { status: 'draft' }, at: 5000 });
    state = draftReducer(state, { type: 'saved', release: { ...state.saved, status: 'review' } });
    expect(state.draft.status).toBe('draft');
  });

  it('follows the official number the store gave a new release, and never undoes back to the provisional one', () => {
    const fresh = { ...release, ref: 'Provisional 2026-001', title: '' };
    let state = draftReducer(initialDraft(fresh), { type: 'change', field: 'title', patch: { title: 'Lancement' }, at: 0 });
    state = draftReducer(state, { type: 'saved', release: { ...fresh, ref: 'CP125-2019', title: 'Lancement' } });
    expect(state.draft.ref).toBe('CP125-2019');
    expect(changedFields(state.saved, state.draft)).toEqual({});
    state = draftReducer(state, { type: 'undo' });
    expect(state.draft).toMatchObject({ ref: 'CP125-2019', title: '' });
    // A reference the user typed meanwhile is theirs.
    const typed = draftReducer(draftReducer(initialDraft(fresh), { type: 'change', field: 'ref', patch: { ref: 'CP300-2019' }, at: 0 }), { type: 'saved', release: { ...fresh, ref: 'CP125-2019' } });
    expect(typed.draft.ref).toBe('CP300-2019');
  });

  it('keeps unsaved edits when a save comes back, taking the store times', () => {
    let state = draftReducer(initialDraft(release), { type: 'change', field: 'title', patch: { title: 'Saved' }, at: 1 });
    state = draftReducer(state, { type: 'change', field: 'lead', patch: { lead: 'typed meanwhile' }, at: 5000 });
    state = draftReducer(state, { type: 'saved', release: { ...release, title: 'Saved', updatedAt: '2026-01-01T00:00:00.000Z' } });
    expect(state.draft.updatedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(changedFields(state.saved, state.draft)).toEqual({ lead: 'typed meanwhile' });
  });
});

describe('small helpers', () => {
  it('reads tags from a comma-separated line, without blanks or repeats', () => {
    expect(parseTags(' MAKS 2019, coopération,, MAKS 2019 ,')).toEqual(['MAKS 2019', 'coopération']);
  });

  it('moves a contact up and down within bounds', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 5)).toEqual(['b', 'c', 'a']);
  });

  it('sorts references by their numbers and statuses by workflow', () => {
    const summary = (ref: string, date: string, status: ReleaseSummary['status']): ReleaseSummary => ({
      id: ref,
      ref,
      language: 'fr',
      date,
      embargo: null,
      translationGroup: null,
      untranslated: null,
      title: ref,
      status,
      event: '',
      tags: [],
      updatedAt: '2019-01-01T00:00:00.000Z',
    });
    const list = [summary('CP10-2019', '2019-03-01', 'published'), summary('CP9-2019', '2019-02-01', 'draft'), summary('CP11-2019', '2019-04-01', 'review')];
    expect(sortReleases(list, 'reference').map((r) => r.ref)).toEqual(['CP9-2019', 'CP10-2019', 'CP11-2019']);
    expect(sortReleases(list, 'oldest').map((r) => r.ref)).toEqual(['CP9-2019', 'CP10-2019', 'CP11-2019']);
    expect(sortReleases(list, 'newest').map((r) => r.ref)).toEqual(['CP11-2019', 'CP10-2019', 'CP9-2019']);
    expect(sortReleases(list, 'status').map((r) => r.status)).toEqual(['draft', 'review', 'published']);
  });
});
