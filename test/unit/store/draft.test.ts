import { describe, expect, it } from 'vitest';
import { copyData } from '../../../main/core/copy-data';
import { deepFreeze } from '../../../main/store/deep-freeze';
import { createDraft, finishDraft, pickFrom } from '../../../main/store/draft';

const base = () => deepFreeze({ releases: [{ id: 'a', body: [{ text: 'one' }] }, { id: 'b', body: [] as { text: string }[] }], brand: { name: 'x' } });

describe('a copy-on-write draft', () => {
  it('gives back the very objects it left alone, and new ones on the path to a change', () => {
    const state = base();
    const draft = createDraft(state);
    draft.releases.find((release) => release.id === 'b')?.body.push({ text: 'two' });
    const next = finishDraft(draft);
    expect(next).toEqual({ releases: [{ id: 'a', body: [{ text: 'one' }] }, { id: 'b', body: [{ text: 'two' }] }], brand: { name: 'x' } });
    expect(next.releases[0]).toBe(state.releases[0]);
    expect(next.brand).toBe(state.brand);
    expect(next.releases[1]).not.toBe(state.releases[1]);
    expect(state.releases[1]?.body).toEqual([]);
  });

  it('gives back the base itself when nothing changed, reads or writes of the same value included', () => {
    const state = base();
    const draft = createDraft(state);
    draft.brand.name = 'x';
    void draft.releases.map((release) => release.body.length);
    expect(finishDraft(draft)).toBe(state);
  });

  it('resolves drafts held by new values and by a mutation’s result, which outlive the mutation', () => {
    const state = base();
    const draft = createDraft(state);
    draft.releases = draft.releases.filter((release) => release.id !== 'a');
    Object.assign(draft.brand, { name: 'y' });
    const result = finishDraft({ brand: draft.brand, kept: draft.releases[0] });
    const next = finishDraft(draft);
    expect(next.releases).toHaveLength(1);
    expect(next.releases[0]).toBe(state.releases[1]);
    expect(result).toEqual({ brand: { name: 'y' }, kept: state.releases[1] });
    expect(structuredClone(result)).toEqual(result);
  });

  it('works with array methods that move, remove and sort, and is seen as an array', () => {
    const draft = createDraft(base());
    expect(Array.isArray(draft.releases)).toBe(true);
    draft.releases.sort((x, y) => y.id.localeCompare(x.id));
    draft.releases.splice(1, 1);
    delete (draft.brand as { name?: string }).name;
    expect(JSON.parse(JSON.stringify(finishDraft(draft)))).toEqual({ releases: [{ id: 'b', body: [] }], brand: {} });
  });

  it('is copied by copyData, which structuredClone cannot do', () => {
    const draft = createDraft(base());
    expect(() => structuredClone(draft.releases[0])).toThrow();
    expect(copyData(draft.releases[0])).toEqual({ id: 'a', body: [{ text: 'one' }] });
  });

  it('puts a changed document back where its list holds it now, not where it was read', () => {
    const state = base();
    const draft = createDraft(state);
    const second = draft.releases[1];
    expect(draft.releases[1]).toBe(second);
    draft.releases.splice(0, 1);
    second?.body.push({ text: 'moved' });
    const next = finishDraft(draft);
    expect(next.releases).toEqual([{ id: 'b', body: [{ text: 'moved' }] }]);
  });

  it('does not give back a draft of a value the mutation replaced', () => {
    const state = base();
    const draft = createDraft(state);
    const first = draft.releases[0];
    draft.releases[0] = { id: 'c', body: [] };
    expect(draft.releases[0]?.id).toBe('c');
    first?.body.push({ text: 'detached' });
    expect(finishDraft(draft).releases[0]).toEqual({ id: 'c', body: [] });
  });

  it('finds a document among the plain values and gives it back as a draft that can be changed', () => {
    const state = base();
    const draft = createDraft(state);
    const seen: unknown[] = [];
    const found = pickFrom(draft.releases, (plain) => plain.findIndex((release) => (seen.push(release), release.id === 'b')));
    expect(seen).toEqual(state.releases);
    found?.body.push({ text: 'three' });
    const next = finishDraft(draft);
    expect(next.releases[1]?.body).toEqual([{ text: 'three' }]);
    expect(next.releases[0]).toBe(state.releases[0]);
    expect(pickFrom(state.releases, () => 0)).toBe(state.releases[0]);
    expect(pickFrom(draft.releases, (plain) => plain.findIndex((release) => release.id === 'z'))).toBeUndefined();
  });
});
