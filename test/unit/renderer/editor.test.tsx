// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Release } from '../../../main/core/schema';
import { editableOf } from '../../../renderer/src/editor/draft';
import { cleanup, renderApp } from './render-app';
import { installRealApi, type RealApi } from './real-api';

let api: RealApi;
let release: Release;

beforeEach(async () => {
  api = await installRealApi();
  release = await api.client.releases.create({ language: 'fr' });
  release = await api.client.releases.update({
    id: release.id,
    changes: { ...editableOf(release), title: 'Coopération spatiale', place: 'Moscou', event: 'MAKS 2019', status: 'review', body: [{ type: 'paragraph', content: [{ text: 'Le CNES et Roscosmos.' }] }] },
  });
});

afterEach(async () => {
  cleanup();
  await api.close();
});

async function openEditor() {
  await renderApp('en');
  fireEvent.click(await screen.findByRole('button', { name: 'Coopération spatiale' }));
  return (await screen.findByLabelText('Title')) as HTMLTextAreaElement;
}

describe('the release editor', () => {
  it('shows the body in the rich text editor', async () => {
    await openEditor();
    const body = await screen.findByRole('textbox', { name: 'Body' });
    expect(body.textContent).toBe('Le CNES et Roscosmos.');
    expect(body.getAttribute('lang')).toBe('fr');
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeTruthy();
  });

  it('saves changes by itself after a pause, and previews the unsaved draft meanwhile', async () => {
    const title = await openEditor();
    fireEvent.change(title, { target: { value: 'Coopération spatiale franco-russe' } });
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    await waitFor(async () => expect((await api.client.releases.get({ ref: release.ref })).title).toBe('Coopération spatiale franco-russe'));
    expect(await api.client.releases.get({ ref: release.ref })).toMatchObject({ place: 'Moscou', event: 'MAKS 2019', status: 'review' });
    expect(await screen.findByText('Saved')).toBeTruthy();
    await waitFor(() =>
      expect(api.calls.some((call) => call.channel === 'preview.render' && (call.input as { release: Release }).release.title === 'Coopération spatiale franco-russe')).toBe(true),
    );
  });

  it('wraps a long title over lines and keeps it one paragraph: Enter and pasted line breaks add none', async () => {
    const title = await openEditor();
    expect(title.tagName).toBe('TEXTAREA');
    expect(fireEvent.keyDown(title, { key: 'Enter' })).toBe(false);
    fireEvent.change(title, { target: { value: 'Coopération spatiale\nfranco-russe' } });
    expect(title.value).toBe('Coopération spatiale franco-russe');
  });

  it('undoes and redoes with the keyboard', async () => {
    const title = await openEditor();
    fireEvent.change(title, { target: { value: 'Autre titre' } });
    fireEvent.keyDown(title, { key: 'z', ctrlKey: true });
    expect(title.value).toBe('Coopération spatiale');
    fireEvent.keyDown(title, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(title.value).toBe('Autre titre');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(title.value).toBe('Coopération spatiale');
  });

  it('does not save a draft main would refuse, and says why a save failed', async () => {
    const other = await api.client.releases.create({ language: 'fr' });
    await openEditor();
    const ref = screen.getByLabelText('Reference');
    fireEvent.change(ref, { target: { value: '' } });
    expect(screen.getByText('Fix before saving')).toBeTruthy();
    expect(screen.getByText('Preview paused: fix the flagged fields.')).toBeTruthy();
    fireEvent.change(ref, { target: { value: other.ref } });
    const sentence = await screen.findByText(`A release with reference ${other.ref} is already in the archive`, { exact: false });
    expect(sentence.closest('[role="alert"]')).toBeTruthy();
    expect(screen.getByText('Not saved')).toBeTruthy();
  });

  it('picks contacts from the directory and orders them', async () => {
    const ada = await api.client.contacts.create({ contact: { name: 'Ada Lovelace', email: 'ada@example.org' } });
    const alan = await api.client.contacts.create({ contact: { name: 'Alan Turing', email: 'alan@example.org' } });
    await openEditor();
    const add = await screen.findByRole('combobox', { name: 'Add a contact…' });
    await within(add).findByRole('option', { name: 'Alan Turing' });
    fireEvent.change(add, { target: { value: ada.id } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Add a contact…' }), { target: { value: alan.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Move Alan Turing up' }));
    await waitFor(async () => expect((await api.client.releases.get({ ref: release.ref })).contactIds).toEqual([alan.id, ada.id]));
    expect((screen.getByRole('button', { name: 'Move Alan Turing up' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
