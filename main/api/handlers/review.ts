/** Review, approval and history: the revisions of a release, their differences, and bringing one back. */
import { createHash } from 'node:crypto';
import { UserError } from '../../core/errors';
import { foldKey } from '../../core/fold-key';
import type { Language } from '../../core/language';
import { nextOfficial, numbersNow, takeNumber } from '../../core/numbering';
import { contentOf } from '../../core/review/content';
import { editedSinceLastRevision, lastApproval, newRevision, revisionNumbered, revisionsOf } from '../../core/review/history';
import { assertApprovable } from '../../core/review/status';
import { contentDiff } from '../../core/review/word-diff';
import type { HistoryEntry, Release, ReleaseContent, StoreData } from '../../core/schema';
import type { RevisionPoint, RevisionSummary } from '../contract';
import { findById } from '../records';
import type { ApiContext } from './context';
import { applyChanges } from './releases';
import { releaseDocument } from './render';
import type { Api } from '../contract';

export type ReviewChannel = 'releases.approve' | 'releases.history' | 'releases.diff' | 'releases.restoreRevision' | 'releases.revisionPdf' | 'releases.closeSession';

/** A release by reference (as a reader sees it), in `language` when given. */
function releaseIn(data: StoreData, ref: string, language: Language | undefined): Release {
  const wanted = foldKey(ref);
  const release = data.releases.find((r) => foldKey(r.ref) === wanted && (language === undefined || r.language === language));
  if (!release) throw new UserError('release.notFound', { ref }, 'not-found');
  return release;
}

function summary({ n, at, kind, status, by, from, pdfSha256 }: HistoryEntry): RevisionSummary {
  return { n, at, kind, status, ...(by === undefined ? {} : { by }), ...(from === undefined ? {} : { from }), ...(pdfSha256 === undefined ? {} : { pdfSha256 }) };
}

/** The content at one side of a comparison, and the revision it is (null: before any revision, 'current': now). */
function contentAt(data: StoreData, release: Release, point: RevisionPoint | undefined): { n: number | null | 'current'; content: ReleaseContent | null } {
  if (point === 'current') return { n: 'current', content: release };
  if (point === 'approved') {
    const approval = lastApproval(data.history, release);
    if (!approval) throw new UserError('review.noApproval', { ref: release.ref }, 'not-found');
    return { n: approval.n, content: approval.snapshot };
  }
  if (point !== undefined) {
    const entry = revisionNumbered(data.history, release, point);
    return { n: entry.n, content: entry.snapshot };
  }
  const base = lastApproval(data.history, release) ?? revisionsOf(data.history, release.id).at(-1);
  return base ? { n: base.n, content: base.snapshot } : { n: null, content: null };
}

/** A release with nothing in it: what the first revision is compared with. */
function emptyContent(release: Release): ReleaseContent {
  return { ...contentOf(release), place: '', kind: '', title: '', subtitle: '', lead: '', body: [], embargo: null, tags: [], event: '' };
}

export function reviewHandlers({ store, clock, render }: ApiContext): Pick<Api, ReviewChannel> {
  return {
    'releases.approve': async ({ ref, language, by }) => {
      const data = await store.read();
      const release = releaseIn(data, ref, language);
      assertApprovable(release.status, release.ref);
      const approver = by ?? data.settings.userName;
      if (!approver) throw new UserError('review.noApprover', undefined, 'usage');
      // The PDF is typeset as the export will print it once approved (same stamp, no watermark), so the
      // hash kept is that of every later export of this approved text.
      const stamp = clock.now().toISOString();
      // A release still provisional is approved under the official number it takes now: the PDF prints it.
      const official = numbersNow(data, release, 'approved') ? nextOfficial(data, release.date) : release.ref;
      const approved: Release = { ...release, ref: official, status: 'approved', updatedAt: stamp };
      const { bytes } = await render({ kind: 'release', document: await releaseDocument(store, data, approved), options: { paper: 'a4', bleedMm: 0, cropMarks: false } });
      const pdfSha256 = createHash('sha256').update(bytes).digest('hex');
      return store.update((draft) => {
        const current = findById(draft.releases, release.id, 'release');
        // Approved is what was typeset: an edit saved meanwhile (another window) makes it another text.
        if (current.updatedAt !== release.updatedAt) throw new UserError('review.changedMeanwhile', { ref: release.ref }, 'conflict');
        if (official !== current.ref) {
          if (nextOfficial(draft, current.date) !== official) throw new UserError('review.changedMeanwhile', { ref: release.ref }, 'conflict');
          takeNumber(draft, current, official);
        }
        Object.assign(current, { status: 'approved', updatedAt: stamp, revisions: [...current.revisions, { at: stamp, note: `Approved by ${approver}` }] });
        const entry = newRevision(draft.history, current, 'approve', { id: clock.newId(), at: stamp }, { by: approver, pdfSha256 });
        draft.history.push(entry);
        return summary(entry);
      });
    },

    'releases.history': async ({ ref, language }) => {
      const data = await store.read();
      return revisionsOf(data.history, releaseIn(data, ref, language).id).map(summary);
    },

    'releases.diff': async ({ ref, language, from, to }) => {
      const data = await store.read();
      const release = releaseIn(data, ref, language);
      const before = contentAt(data, release, from);
      const after = contentAt(data, release, to ?? 'current');
      if (after.n === null || before.n === 'current') throw new UserError('review.badRevision', { value: String(before.n) }, 'usage');
      return { from: before.n, to: after.n, blocks: contentDiff(before.content ?? emptyContent(release), after.content ?? emptyContent(release)) };
    },

    'releases.restoreRevision': async ({ ref, language, n }) =>
      store.update((data) => {
        const release = releaseIn(data, ref, language);
        const { snapshot } = revisionNumbered(data.history, release, n);
        // The reference and language stay: they name this release among the others and its translations.
        const { ref: _ref, language: _language, ...content } = snapshot;
        applyChanges(data, release, content, clock, n);
        return release;
      }),

    'releases.revisionPdf': async ({ ref, language, n }) => {
      const data = await store.read();
      const release = releaseIn(data, ref, language);
      const entry = revisionNumbered(data.history, release, n);
      const shown: Release = { ...release, ...entry.snapshot, status: entry.status, updatedAt: entry.at };
      const { bytes, report } = await render({ kind: 'release', document: await releaseDocument(store, data, shown), options: { paper: 'a4', bleedMm: 0, cropMarks: false } });
      return { bytes, pages: report.pages };
    },

    'releases.closeSession': async ({ id }) =>
      store.update((data) => {
        const release = findById(data.releases, id, 'release');
        if (!editedSinceLastRevision(data.history, release)) return { n: null };
        const entry = newRevision(data.history, release, 'edit', { id: clock.newId(), at: clock.now().toISOString() });
        data.history.push(entry);
        return { n: entry.n };
      }),
  };
}
