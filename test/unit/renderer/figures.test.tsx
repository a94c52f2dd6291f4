// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { figuresWithoutAlt } from '../../../main/core/figures';
import type { Release, RichText } from '../../../main/core/schema';
import { bodyExtensions } from '../../../renderer/src/editor/BodyEditor';
import { editableOf } from '../../../renderer/src/editor/draft';
import { richTextToTipTap, tipTapToRichText } from '../../../renderer/src/editor/richtext';
import { IPTC, jpegPhoto } from '../../helpers/photos';
import { cleanup, renderApp } from './render-app';
import { installRealApi, type RealApi } from './real-api';

const paragraph = (text: string): RichText[number] => ({ type: 'paragraph', content: [{ text }] });

describe('figures in the rich text', () => {
  it('survive a trip through the body editor, with every word and width', () => {
    const body: RichText = [
      paragraph('Avant.'),
      { type: 'figure', image: `${'a'.repeat(64)}.jpg`, alt: 'Une fusée sur son pas de tir', caption: 'Ariane 6 à Kourou', credit: '© CNES', width: 'half' },
      { type: 'figure', image: `${'b'.repeat(64)}.png`, alt: '', caption: '', credit: '', width: 'full' },
      paragraph('Après.'),
    ];
    const editor = new Editor({ extensions: bodyExtensions, content: richTextToTipTap(body) });
    try {
      expect(tipTapToRichText(editor.getJSON())).toEqual(body);
    } finally {
      editor.destroy();
    }
  });

  it('without alt text (or with spaces only) are listed, numbered as the reader counts them', () => {
    const body: RichText = [
      { type: 'figure', image: `${'a'.repeat(64)}.jpg`, alt: 'Une fusée', caption: '', credit: '', width: 'column' },
      paragraph('Texte.'),
      { type: 'figure', image: `${'b'.repeat(64)}.jpg`, alt: '  ', caption: 'Au Bourget', credit: '', width: 'column' },
      { type: 'figure', image: `${'c'.repeat(64)}.jpg`, alt: '', caption: '', credit: '', width: 'column' },
    ];
    expect(figuresWithoutAlt(body)).toEqual([
      { number: 2, image: `${'b'.repeat(64)}.jpg`, caption: 'Au Bourget' },
      { number: 3, image: `${'c'.repeat(64)}.jpg`, caption: '' },
    ]);
    expect(figuresWithoutAlt([paragraph('Rien.')])).toEqual([]);
  });
});

describe('photos in the release editor', () => {
  let api: RealApi;
  let release: Release;

  beforeEach(async () => {
    api = await installRealApi();
    release = await api.client.releases.create({ language: 'fr' });
    release = await api.client.releases.update({ id: release.id, changes: { ...editableOf(release), title: 'Lancement', body: [paragraph('Le CNES annonce.')] } });
  });

  afterEach(async () => {
    cleanup();
    await api.close();
  });

  async function openEditor() {
    await renderApp('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Lancement' }));
    return screen.findByRole('textbox', { name: 'Body' });
  }

  const savedBody = async () => (await api.client.releases.get({ ref: release.ref })).body;

  it('inserts a chosen photo as a figure, with the caption its file carries, and adds it to the library', async () => {
    await openEditor();
    const bytes = await jpegPhoto({ iptc: [[IPTC.caption, 'Ariane 6 à Kourou'], [IPTC.credit, '© CNES']] });
    fireEvent.change(screen.getByLabelText('Insert a photo…', { selector: 'input' }), { target: { files: [new File([bytes], 'ariane.jpg', { type: 'image/jpeg' })] } });

    const figure = await screen.findByRole('group', { name: 'Photo' });
    expect((within(figure).getByLabelText('Caption') as HTMLInputElement).value).toBe('Ariane 6 à Kourou');
    const [media] = await api.client.media.list({});
    expect(media?.text.fr?.caption).toBe('Ariane 6 à Kourou');
    await waitFor(async () =>
      expect((await savedBody()).find((block) => block.type === 'figure')).toEqual({ type: 'figure', image: media?.image, caption: 'Ariane 6 à Kourou', credit: '© CNES', alt: '', width: 'column' }),
    );
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('flags a figure without alt text, saves the words typed in place, and undoes them', async () => {
    const { image } = await api.client.media.add({ bytes: await jpegPhoto(), fileName: 'a.jpg' });
    await api.client.releases.update({ id: release.id, changes: { body: [paragraph('Le CNES annonce.'), { type: 'figure', image, alt: '', caption: '', credit: '', width: 'column' }] } });
    await openEditor();
    const figure = await screen.findByRole('group', { name: 'Photo' });
    const alt = within(figure).getByLabelText('Alt text') as HTMLInputElement;
    expect(alt.getAttribute('aria-invalid')).toBe('true');
    expect(within(figure).getByText('Without alt text, a screen reader will say nothing of this photo.')).toBeTruthy();

    fireEvent.change(alt, { target: { value: 'Une fusée sur son pas de tir' } });
    fireEvent.change(within(figure).getByLabelText('Width'), { target: { value: 'full' } });
    await waitFor(async () => expect((await savedBody())[1]).toMatchObject({ alt: 'Une fusée sur son pas de tir', width: 'full' }));
    expect(screen.queryByText('Without alt text, a screen reader will say nothing of this photo.')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    const restored = within(await screen.findByRole('group', { name: 'Photo' })).getByLabelText('Alt text') as HTMLInputElement;
    expect(restored.value).toBe('');
    await waitFor(async () => expect((await savedBody())[1]).toMatchObject({ alt: '', width: 'column' }));
  });

  it('lists the figures without alt text in the export dialog and exports only once confirmed', async () => {
    const { image } = await api.client.media.add({ bytes: await jpegPhoto(), fileName: 'a.jpg' });
    await api.client.releases.update({ id: release.id, changes: { body: [{ type: 'figure', image, alt: '', caption: 'Au Bourget', credit: '', width: 'column' }] } });
    await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Export PDF' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('One photo has no alt text: a screen reader will say nothing of it.')).toBeTruthy();
    expect(within(dialog).getByText('Photo 1: Au Bourget')).toBeTruthy();
    const save = within(dialog).getByRole('button', { name: 'Save PDF…' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.click(within(dialog).getByLabelText('Export without alt text'));
    expect(save.disabled).toBe(false);
  });

  it('shows the library with where each photo is used, saves its words per language, and says why a used one stays', async () => {
    const media = await api.client.media.add({ bytes: await jpegPhoto({ iptc: [[IPTC.caption, 'Au Bourget']] }), fileName: 'bourget.jpg', language: 'fr' });
    await api.client.releases.update({ id: release.id, changes: { body: [{ type: 'figure', image: media.image, alt: '', caption: '', credit: '', width: 'column' }] } });
    await renderApp('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Photos' }));
    const card = await screen.findByRole('article', { name: 'bourget.jpg' });
    expect(within(card).getByRole('button', { name: release.ref })).toBeTruthy();
    const english = within(card).getByRole('group', { name: 'English' });
    const caption = within(english).getByLabelText('Caption');
    fireEvent.change(caption, { target: { value: 'At Le Bourget' } });
    fireEvent.blur(caption);
    await waitFor(async () => expect((await api.client.media.list({}))[0]?.text).toMatchObject({ fr: { caption: 'Au Bourget' }, en: { caption: 'At Le Bourget' } }));

    fireEvent.click(within(card).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(`This photo is in ${release.ref}: remove it from the release first.`)).toBeTruthy();
    expect(await api.client.media.list({})).toHaveLength(1);
  });
});
