import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockDiff, RevisionSummary } from '../../../main/api/contract';
import { isApproved } from '../../../main/core/review/status';
import type { Release } from '../../../main/core/schema';
import { errorMessage, presskit } from '../api';
import { useSettings } from '../settings/SettingsProvider';
import { useToast } from '../shell/toasts';
import { DiffView } from './DiffView';

interface Review {
  history: RevisionSummary[];
  /** What changed since the last approval, when the text was approved once and is no longer. */
  sinceApproval: BlockDiff[];
}

/** A comparison opened from the history: a revision against the text as it is now. */
interface Comparison {
  n: number;
  blocks: BlockDiff[];
}

/**
 * The release's review: its approval (or why it prints as a draft), what changed since it was approved,
 * Approve, and its history, each revision compared with now, viewed as its PDF or restored.
 */
export function ReviewPanel({ release, beforeChange, onChanged }: { release: Release; beforeChange: () => Promise<boolean>; onChanged: (release: Release) => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const { settings, update } = useSettings();
  const [review, setReview] = useState<Review | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [approver, setApprover] = useState(settings.userName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { ref, language } = release;
  const when = (at: string) => new Intl.DateTimeFormat(settings.uiLanguage, { dateStyle: 'long', timeStyle: 'short', timeZone: settings.timeZone }).format(new Date(at));

  useEffect(() => {
    let live = true;
    const api = presskit().releases;
    void (async () => {
      const history = await api.history({ ref, language });
      const approved = history.some((r) => r.kind === 'approve');
      const sinceApproval = approved && !isApproved(release.status) ? (await api.diff({ ref, language, from: 'approved', to: 'current' })).blocks : [];
      if (live) setReview({ history, sinceApproval });
    })().catch((e: unknown) => live && setError(errorMessage(e, t('errors.generic'))));
    return () => {
      live = false;
    };
  }, [ref, language, release.updatedAt, release.status]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      if (await beforeChange()) await work();
    } catch (e) {
      setError(errorMessage(e, t('errors.generic')));
    } finally {
      setBusy(false);
    }
  };

  const approve = () =>
    act(async () => {
      const by = approver.trim();
      if (by && by !== settings.userName) await update({ userName: by });
      await presskit().releases.approve({ ref, language, ...(by ? { by } : {}) });
      onChanged(await presskit().releases.get({ ref }));
    });
  const compare = (n: number) =>
    act(async () => {
      setComparison({ n, blocks: (await presskit().releases.diff({ ref, language, from: n, to: 'current' })).blocks });
    });
  const restore = (n: number) =>
    act(async () => {
      onChanged(await presskit().releases.restoreRevision({ ref, language, n }));
      setComparison(null);
      notify({ message: t('review.restored', { n }) });
    });
  const viewPdf = (n: number) =>
    act(async () => {
      const { bytes } = await presskit().releases.revisionPdf({ ref, language, n });
      await presskit().files.print({ name: `${ref} ${t('review.revision', { n })}.pdf`, bytes });
    });

  const approval = review?.history.findLast((r) => r.kind === 'approve');
  const describe = (r: RevisionSummary) => t(`review.kind.${r.kind}`, { by: r.by, from: r.from, status: t(`status.${r.status}`) });
  return (
    <div className="review-panel">
      {isApproved(release.status) && approval ? (
        <p className="review-state">{t('review.approvedBy', { by: approval.by, at: when(approval.at) })}</p>
      ) : (
        <p className="review-state muted">{t('review.notApproved')}</p>
      )}
      {approval && review && review.sinceApproval.length > 0 && (
        <section className="changed-since-approval notice" aria-labelledby="changed-since-heading">
          <h3 id="changed-since-heading">{t('review.changedSince')}</h3>
          <p className="muted">{t('review.changedSinceHint', { by: approval.by, at: when(approval.at) })}</p>
          <DiffView blocks={review.sinceApproval} language={language} />
        </section>
      )}
      {!isApproved(release.status) && (
        <div className="review-approve">
          <label className="field">
            <span>{t('review.approver')}</span>
            <input type="text" value={approver} autoComplete="name" onChange={(e) => setApprover(e.target.value)} />
          </label>
          <button type="button" className="button button-primary" disabled={busy || !approver.trim()} onClick={() => void approve()}>
            {busy ? t('review.approving') : t('review.approve')}
          </button>
        </div>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <h3>{t('review.history')}</h3>
      {review && review.history.length === 0 && <p className="muted">{t('review.noHistory')}</p>}
      <ol className="review-history" reversed>
        {[...(review?.history ?? [])].reverse().map((r) => (
          <li key={r.n}>
            <span>
              <strong>{t('review.revision', { n: r.n })}</strong> · {when(r.at)} · {describe(r)}
            </span>
            <span className="review-actions">
              <button type="button" className="button button-quiet" disabled={busy} onClick={() => void compare(r.n)} aria-label={`${t('review.compare')} (${t('review.revision', { n: r.n })})`}>
                {t('review.compare')}
              </button>
              <button type="button" className="button button-quiet" disabled={busy} onClick={() => void viewPdf(r.n)} aria-label={`${t('review.viewPdf')} (${t('review.revision', { n: r.n })})`}>
                {t('review.viewPdf')}
              </button>
              <button type="button" className="button button-quiet" disabled={busy} onClick={() => void restore(r.n)} aria-label={`${t('review.restore')} (${t('review.revision', { n: r.n })})`}>
                {t('review.restore')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      {comparison && (
        <section className="review-comparison" aria-labelledby="comparison-heading">
          <h3 id="comparison-heading">{t('review.differences', { n: comparison.n })}</h3>
          <DiffView blocks={comparison.blocks} language={language} />
        </section>
      )}
    </div>
  );
}
