// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ReleaseEditor } from '../../../renderer/src/editor/ReleaseEditor';
import { createI18n } from '../../../renderer/src/i18n';
import { freshArchivePerTest } from './render-app';

freshArchivePerTest();

describe('a release the editor cannot open', () => {
  it('is refused in the interface’s language', async () => {
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <ReleaseEditor reference="CP999-2019" />
      </I18nextProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('Aucun communiqué de référence CP999-2019 dans les archives.');
  });
});
