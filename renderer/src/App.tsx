import type { ReleaseSummary } from '../../main/api/contract';
import { releaseDate, statusLabel } from './format';
import { useReleases, type ReleasesState } from './useReleases';

function ReleaseTable({ releases }: { releases: ReleaseSummary[] }) {
  return (
    <table className="releases">
      <thead>
        <tr>
          <th scope="col">Reference</th>
          <th scope="col">Date</th>
          <th scope="col">Title</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {releases.map((release) => (
          <tr key={release.id}>
            <td className="ref">{release.ref}</td>
            <td className="date">
              <time dateTime={release.date}>{releaseDate(release)}</time>
            </td>
            <td className="title" lang={release.language}>
              {release.title}
            </td>
            <td>
              <span className={`status status-${release.status}`}>{statusLabel(release.status)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the window shows for each state of the archive: kept apart from the loading so it can be rendered on its own. */
export function ReleasesView({ state, onRetry }: { state: ReleasesState; onRetry: () => void }) {
  return (
    <div className="app">
      <header className="app-header">
        <h1>PressKit Studio</h1>
        <p className="subtitle">Press releases</p>
      </header>
      <main className="content" aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && <p className="placeholder">Opening the archive…</p>}
        {state.status === 'failed' && (
          <div className="error" role="alert">
            <p>{state.message}</p>
            <button type="button" onClick={onRetry}>
              Try again
            </button>
          </div>
        )}
        {state.status === 'ready' && state.releases.length === 0 && (
          <div className="empty">
            <h2>No releases yet</h2>
            <p>Use File › Import Communiqués… to add communiqués written in Word, Markdown or plain text.</p>
          </div>
        )}
        {state.status === 'ready' && state.releases.length > 0 && <ReleaseTable releases={state.releases} />}
      </main>
    </div>
  );
}

export function App() {
  const { state, reload } = useReleases();
  return <ReleasesView state={state} onRetry={reload} />;
}
