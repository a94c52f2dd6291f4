// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/App';
import { createI18n } from '../../../renderer/src/i18n';
import { en } from '../../../renderer/src/i18n/en';
import { fr } from '../../../renderer/src/i18n/fr';
import { freshArchivePerTest, renderApp } from './render-app';

const api = freshArchivePerTest();

/** Every text of a resource tree by key path, for comparing the two languages. */
function texts(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value ? texts(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

describe('the interface language', () => {
  it('is French by default and switches to English from the sidebar, saved in the settings', async () => {
    await renderApp('fr');
    expect(await screen.findByRole('heading', { name: 'Communiqués', level: 1 })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Nouveau communiqué' }).length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Releases', level: 1 })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'New release' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect((await api().client.settings.get({})).uiLanguage).toBe('en');

    fireEvent.click(screen.getByRole('button', { name: 'Français' }));
    expect(await screen.findByRole('heading', { name: 'Communiqués', level: 1 })).toBeTruthy();
  });

  it('starts in the language the settings hold', async () => {
    await api().client.settings.update({ changes: { uiLanguage: 'en' } });
    render(<App i18n={createI18n('fr')} />);
    expect(await screen.findByRole('heading', { name: 'Releases', level: 1 })).toBeTruthy();
  });

  it('applies and saves the theme', async () => {
    await renderApp('en');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('system'));
    fireEvent.change(await screen.findByLabelText('Theme'), { target: { value: 'dark' } });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(await api().client.settings.get({})).toMatchObject({ theme: 'dark', uiLanguage: 'en' });
    expect(screen.getByRole('heading', { name: 'Releases', level: 1 })).toBeTruthy();
  });

  it('has every French key in English too, with no empty text', () => {
    expect(texts(en).map(([key]) => key)).toEqual(texts(fr).map(([key]) => key));
    for (const [key, text] of [...texts(en), ...texts(fr)]) expect(typeof text === 'string' && text.trim() !== '', key).toBe(true);
  });

  it('sets the French texts as French typography wants: no-break spaces before : ; ! ? and inside « »', () => {
    for (const [key, text] of texts(fr)) {
      // A narrow no-break space before ; ! ? » and after «, a no-break space before a colon.
      expect(String(text), key).not.toMatch(/[^\u202F][;!?»]|«[^\u202F]|\s(?<!\u00A0):/u);
    }
  });
});
