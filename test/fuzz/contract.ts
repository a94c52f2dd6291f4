/**
 * The API contract: short sequences of requests through main/api/dispatch on a copy of the demo archive,
 * each payload a real one edited near its edges, or any value at all. Every envelope is a value or a
 * refusal of ours; a refusal leaves the store byte-identical and what is accepted keeps the archive's rules.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNELS, type Channel } from '../../main/api/contract';
import type { StoreData } from '../../main/core/schema';
import { openStore } from '../../main/store';
import { demoBackup } from './bundles';
import { call } from './call';
import { applyValueEdits, valueEdits, type Scale, type ValueEdit } from './mutations';
import type { FuzzProperty } from './property';
import { expectStoreUnchanged, inSandbox, storeFileBytes, templateDir } from './sandbox';
import { ROOT, sourceText, TEXT_SOURCES } from './sources';
import { expectSoundStore } from './verdict';

/** A channel and its payload: the channel's real payload edited, or any value at all. */
export interface Request {
  channel: Channel;
  payload: { edits: ValueEdit[] } | { raw: unknown };
}

const encoder = new TextEncoder();

/** A valid payload for every channel, naming what the demo archive holds. */
async function realPayloads(): Promise<Record<Channel, unknown>> {
  const store = await openStore(await templateDir('demo'));
  const data: StoreData = await store.read().finally(() => store.close());
  const [release, contact, kit] = [data.releases[0]!, data.contacts[0]!, data.kits[0]!];
  const logo = new Uint8Array(readFileSync(join(ROOT, 'assets/demo/logo.png')));
  const pdf = encoder.encode('%PDF-1.7\n%%EOF\n');
  const output = { paper: 'letter', bleedMm: 3, cropMarks: true };
  return {
    'releases.list': { query: 'maks', status: 'published', language: 'fr', year: 2019, event: release.event },
    'releases.get': { ref: release.ref },
    'releases.import': { files: [{ name: 'cp.md', bytes: encoder.encode(sourceText(TEXT_SOURCES[1])), onClash: 'next' }], ref: 'CP200-2019', language: 'en' },
    'releases.delete': { ref: release.ref },
    'releases.restore': { release: { ...release, id: 'restored', ref: 'CP125-2019' } },
    'releases.setStatus': { ref: release.ref, status: 'review' },
    'releases.create': { language: 'ru', title: 'Новый пресс-релиз' },
    'releases.discardUntouched': { id: release.id },
    'releases.update': { id: release.id, changes: { title: 'Coopération spatiale', date: '2019-08-28', tags: ['MAKS'], embargo: { at: '2019-08-28T10:00:00+02:00', zone: 'Europe/Paris' }, body: release.body.slice(0, 2) } },
    'releases.duplicate': { id: release.id },
    'releases.translate': { id: release.id, language: 'en' },
    'releases.markTranslated': { id: release.id },
    'releases.approve': { ref: release.ref, language: 'fr', by: 'Pascale Bresson' },
    'releases.history': { ref: release.ref, language: 'fr' },
    'releases.diff': { ref: release.ref, from: 1, to: 'current' },
    'releases.restoreRevision': { ref: release.ref, n: 1 },
    'releases.revisionPdf': { ref: release.ref, n: 1 },
    'releases.closeSession': { id: release.id },
    'contacts.list': {},
    'contacts.create': { contact: { name: 'Jane Doe', roles: { en: 'Press officer' }, organisation: 'CNES', country: 'FR', phones: [{ type: 'mobile', number: '06 12 34 56 78' }], email: 'jane.doe@example.org', photo: null, languages: ['en'], notes: '' } },
    'contacts.update': { id: contact.id, changes: { roles: { fr: 'Chef du service de presse' }, phones: [{ type: 'work', number: '+33 1 44 76 75 39' }] } },
    'contacts.delete': { id: contact.id },
    'kits.list': {},
    'kits.create': { name: 'IAC 2019', refs: [release.ref], language: 'en', output, event: { place: 'Washington', startDate: '2019-10-21', endDate: '2019-10-25' }, repeat: { contacts: true } },
    'kits.update': { id: kit.id, changes: { name: 'MAKS', event: { ...kit.event, startDate: '2019-08-26' }, output } },
    'kits.delete': { id: kit.id },
    'brand.get': {},
    'brand.update': { changes: { organisation: 'CNES', colors: { primary: '#000000', accent: '#ffffff', text: '#123456' }, marginsMm: { top: 5, right: 60, bottom: 5, left: 60 }, referencePattern: 'PR{n}/{yyyy}' } },
    'settings.get': {},
    'settings.update': { changes: { timeZone: 'Europe/Moscow', uiLanguage: 'en', theme: 'dark' } },
    'images.save': { bytes: logo },
    'images.get': { name: data.brand.logo },
    'media.add': { bytes: logo, fileName: 'logo.png', language: 'ru' },
    'media.list': {},
    'media.update': { id: data.media[0]?.id ?? 'photo', changes: { text: { en: { caption: 'Le Bourget', alt: 'A rocket' } }, date: '2019-08-27', people: ['Jean Dupont'] } },
    'media.delete': { id: data.media[0]?.id ?? 'photo' },
    'bundle.export': {},
    'bundle.restore': { bytes: encoder.encode(JSON.stringify(await demoBackup())) },
    'preview.render': { release, options: output },
    'preview.kit': { kit },
    'export.release': { ref: release.ref, language: release.language, options: output, jobId: 'job', allowUntranslated: true },
    'export.kit': { id: kit.id, jobId: 'job', allowUntranslated: true },
    'export.cards': { emails: [contact.email], language: 'ru', options: output },
    'export.progress': { jobId: 'job' },
    'export.cancel': { jobId: 'job' },
    'export.vcard': { emails: [contact.email] },
    'files.save': { name: 'CP124-2019.pdf', bytes: pdf },
    'files.print': { name: 'CP124-2019.pdf', bytes: pdf },
    'pack.release': { ref: release.ref, jobId: 'job' },
    'pack.kit': { id: kit.id, jobId: 'job' },
    'spell.release': { ref: release.ref, suggest: true },
    'spell.kit': { id: kit.id },
    'spell.texts': { language: 'fr', texts: ['La coopérration spatiale'], releaseId: release.id },
    'spell.ignore': { id: release.id, word: 'coopérration' },
    'spell.suggest': { language: 'ru', word: 'сотруднечество' },
    'dictionary.list': {},
    'dictionary.add': { word: 'Roscosmos' },
    'dictionary.remove': { word: 'Roscosmos' },
    'demo.seed': {},
  };
}

let payloads: Promise<Record<Channel, unknown>> | undefined;

export function request(scale: Scale): fc.Arbitrary<Request> {
  const edits = fc.oneof({ weight: 1, arbitrary: fc.constant<ValueEdit[]>([]) }, { weight: 3, arbitrary: valueEdits(scale) });
  return fc.record({
    channel: fc.constantFrom(...CHANNELS),
    payload: fc.oneof(
      { weight: 3, arbitrary: fc.record({ edits }) as fc.Arbitrary<Request['payload']> },
      { weight: 1, arbitrary: fc.record({ raw: fc.oneof(fc.anything({ maxDepth: 3 }), fc.object({ maxDepth: 2 })) }) as fc.Arbitrary<Request['payload']> },
    ),
  });
}

export const contractProperty: FuzzProperty<Request[]> = {
  name: 'contract',
  arbitrary: (scale) => fc.array(request(scale), { minLength: 1, maxLength: 3 }),
  check: async (requests) => {
    payloads ??= realPayloads();
    const real = await payloads;
    await inSandbox('demo', async (app) => {
      for (const { channel, payload: given } of requests) {
        const payload = 'raw' in given ? given.raw : applyValueEdits(real[channel], given.edits);
        const before = storeFileBytes(app);
        const outcome = await call(app.api, channel, payload);
        if (outcome.ok) expectSoundStore(await app.store.read());
        else expectStoreUnchanged(app, before, channel);
      }
    });
  },
};
