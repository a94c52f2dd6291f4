// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Editor } from '@tiptap/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../main/core/language';
import type { Release } from '../../../main/core/schema';
import { editableOf } from '../../../renderer/src/editor/draft';
import { cleanup, renderApp } from './render-app';
import { installRealApi, type RealApi } from './real-api';

const NNBSP = '\u202F';
let api: RealApi;

beforeEach(async () => {
  api = await installRealApi();
});

afterEach(async () => {
  cleanup();
  await api.close();
});

async function openRelease(language: Language) {
  const created = await api.client.releases.create({ language });
  const release = await api.client.releases.update({
    id: created.id,
    changes: { ...editableOf(created), title: 'Coopération spatiale', body: [{ type: 'paragraph', content: [{ text: 'Le CNES' }] }] },
  });
  await renderApp('en');
  fireEvent.click(await screen.findByRole('button', { name: 'Coopération spatiale' }));
  const body = await screen.findByRole('textbox', { name: 'Body' });
  return { release, body, title: screen.getByLabelText('Title') as HTMLInputElement };
}

function editorOf(body: HTMLElement): Editor {
  const editor = (body as HTMLElement & { editor?: Editor }).editor;
  if (!editor) throw new Error('the body is not a TipTap editor');
  return editor;
}

/** The body's text, without what the editor only shows. */
function bodyText(body: HTMLElement): string {
  return editorOf(body).state.doc.textContent;
}

/** Types at the end of the body as the browser does: each character offered to the editor's text input handlers first. */
function typeInBody(body: HTMLElement, text: string) {
  const editor = editorOf(body);
  editor.commands.focus('end');
  const { view } = editor;
  for (const ch of text) {
    const { from, to } = view.state.selection;
    const insert = () => view.state.tr.insertText(ch, from, to);
    if (!view.someProp('handleTextInput', (handle) => handle(view, from, to, ch, insert))) view.dispatch(insert());
  }
}

/** Types at the end of a plain field, one character at a time. */
function typeInField(field: HTMLInputElement, text: string) {
  for (const ch of text) fireEvent.change(field, { target: { value: field.value + ch } });
}

/** The stored body's text, once saved as `expected`. */
async function savedBody(release: Release, expected: string) {
  await waitFor(async () => {
    const stored = await api.client.releases.get({ ref: release.ref });
    expect(stored.body.flatMap((block) => ('content' in block ? block.content.map((run) => ('text' in run ? run.text : '')) : [])).join('')).toBe(expected);
  });
}

describe('typing assistance in the release editor', () => {
  it('types French quotes with their narrow spaces, shows the spaces the print adds, and saves the typographic text', async () => {
    const { release, body } = await openRelease('fr');
    typeInBody(body, ' dit "bravo" l\'équipe?');
    const expected = `Le CNES dit «${NNBSP}bravo${NNBSP}» l’équipe?`;
    expect(bodyText(body)).toBe(expected);
    // The two narrow spaces inside the quotes are marked; the one before ? is shown but not in the text.
    expect([...body.querySelectorAll('.typo-space')].map((mark) => mark.textContent)).toEqual([NNBSP, NNBSP, NNBSP]);
    const added = body.querySelector('.typo-space-added');
    expect(added?.getAttribute('aria-hidden')).toBe('true');
    await savedBody(release, expected);
    fireEvent.change(screen.getByLabelText('Release language'), { target: { value: 'en' } });
    expect(body.querySelector('.typo-space')).toBeNull();
  });

  it('types English quotes in an English release, and Ctrl+Z right after a replacement gives back what was typed', async () => {
    const { release, body } = await openRelease('en');
    typeInBody(body, ' said "go"');
    expect(bodyText(body)).toBe('Le CNES said “go”');
    fireEvent.keyDown(body, { key: 'z', ctrlKey: true });
    expect(bodyText(body)).toBe('Le CNES said “go"');
    await savedBody(release, 'Le CNES said “go"');
    expect(body.querySelector('.typo-space')).toBeNull();
  });

  it('leaves addresses in the body as typed', async () => {
    const { body } = await openRelease('fr');
    typeInBody(body, ' https://cnes.fr/?q="x"');
    expect(bodyText(body)).toBe('Le CNES https://cnes.fr/?q="x"');
  });

  it('types quotes in the title, and undo right after restores the straight quote', async () => {
    const { release, title } = await openRelease('fr');
    typeInField(title, ' "');
    expect(title.value).toBe(`Coopération spatiale «${NNBSP}`);
    // The space typed after « is the narrow one already there.
    typeInField(title, ' MAKS"');
    expect(title.value).toBe(`Coopération spatiale «${NNBSP}MAKS${NNBSP}»`);
    fireEvent.keyDown(title, { key: 'z', ctrlKey: true });
    expect(title.value).toBe(`Coopération spatiale «${NNBSP}MAKS"`);
    // The next undo is the editor's own: the whole burst of typing goes.
    fireEvent.keyDown(title, { key: 'z', ctrlKey: true });
    expect(title.value).toBe('Coopération spatiale');
    typeInField(title, ' l\'été');
    await waitFor(async () => expect((await api.client.releases.get({ ref: release.ref })).title).toBe('Coopération spatiale l’été'));
  });
});
