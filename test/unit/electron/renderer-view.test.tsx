import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ReleaseSummary } from '../../../main/api/contract';
import { ReleasesView } from '../../../renderer/src/App';
import { releaseDate, statusLabel } from '../../../renderer/src/format';

const release = (overrides: Partial<ReleaseSummary>): ReleaseSummary => ({
  id: '00000000-0000-4000-8000-000000000001',
  ref: 'CP124-2019',
  language: 'fr',
  date: '2019-08-27',
  title: 'Coopération spatiale entre la France et la Russie',
  status: 'published',
  event: 'MAKS 2019',
  tags: [],
  updatedAt: '2019-08-27T08:00:00.000Z',
  ...overrides,
});

const render = (state: Parameters<typeof ReleasesView>[0]['state']): string => renderToStaticMarkup(<ReleasesView state={state} onRetry={() => undefined} />);

describe('the studio window', () => {
  it('lists the releases with reference, date in their language, title and status', () => {
    const html = render({
      status: 'ready',
      releases: [release({}), release({ id: '00000000-0000-4000-8000-000000000002', ref: 'PR7-2020', language: 'en', date: '2020-02-03', title: 'Launch <b>now</b>', status: 'review' })],
    });
    expect(html).toContain('<td class="ref">CP124-2019</td>');
    expect(html).toContain('<time dateTime="2019-08-27">27 août 2019</time>');
    expect(html).toContain('<td class="title" lang="fr">Coopération spatiale entre la France et la Russie</td>');
    expect(html).toContain('<span class="status status-published">Published</span>');
    expect(html).toContain('<time dateTime="2020-02-03">3 February 2020</time>');
    expect(html).toContain('Launch &lt;b&gt;now&lt;/b&gt;');
    expect(html).toContain('In review');
  });

  it('explains what to do when the archive is empty', () => {
    const html = render({ status: 'ready', releases: [] });
    expect(html).toContain('No releases yet');
    expect(html).toContain('File › Import Communiqués…');
    expect(html).not.toContain('<table');
  });

  it('shows the error sentence with a way to try again', () => {
    const html = render({ status: 'failed', message: 'The archive file is damaged.' });
    expect(html).toContain('role="alert"');
    expect(html).toContain('The archive file is damaged.');
    expect(html).toContain('Try again');
  });

  it('says it is loading while the first answer is awaited', () => {
    expect(render({ status: 'loading' })).toContain('aria-busy="true"');
  });

  it('keeps an unreadable date as it is rather than failing the whole list', () => {
    expect(releaseDate({ date: '2019-02-30', language: 'fr' })).toBe('2019-02-30');
    expect(statusLabel('approved')).toBe('Approved');
  });
});
