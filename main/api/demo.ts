/** The demo store: the model communiqué, its two press officers, a brand and the "MAKS 2019" kit. */
import { parseCommunique } from '../core/import';
import { Kit, type StoreData } from '../core/schema';
import type { Store } from '../store';
import { storedBody } from './import-figures';
import { addParsedRelease, type Clock } from './records';

export interface DemoAssets {
  communique: { name: string; bytes: Uint8Array };
  logoPng: Uint8Array;
}

const DEMO_KIT = 'MAKS 2019';

const ABOUT_FR =
  'Le Centre national d’études spatiales (CNES) est l’établissement public chargé de proposer au Gouvernement la politique spatiale de la France et de la mettre en œuvre. ' +
  'Il conçoit et met en orbite des satellites, invente les systèmes spatiaux de demain et favorise l’émergence de nouveaux services utiles au quotidien.';
const ABOUT_EN =
  'The French space agency CNES (Centre national d’études spatiales) is the government agency responsible for shaping and implementing France’s space policy. ' +
  'It designs and places satellites in orbit, invents the space systems of tomorrow and fosters new services of daily use.';
const ABOUT_RU =
  'Национальный центр космических исследований Франции (CNES) — государственное агентство, которое разрабатывает и осуществляет космическую политику Франции. ' +
  'Он создаёт и выводит на орбиту спутники, разрабатывает космические системы будущего и способствует появлению новых полезных сервисов.';

function isEmpty(data: StoreData): boolean {
  return data.releases.length === 0 && data.contacts.length === 0 && data.kits.length === 0;
}

/** Seeds an empty store; a store that holds anything is left alone. */
export async function seedDemo(store: Store, assets: DemoAssets, clock: Clock): Promise<{ seeded: boolean; refs: string[] }> {
  if (!isEmpty(await store.read())) return { seeded: false, refs: [] };
  const parsed = await parseCommunique(assets.communique);
  const logo = await store.saveImage(assets.logoPng, 'png');
  return store.update((data) => {
    if (!isEmpty(data)) return { seeded: false, refs: [] };
    data.brand = {
      ...data.brand,
      organisation: 'CNES',
      logo,
      website: parsed.website || 'presse.cnes.fr',
      footerText: 'CNES — Service de presse',
      boilerplate: { fr: ABOUT_FR, en: ABOUT_EN, ru: ABOUT_RU },
      boilerplateTitle: { fr: 'À propos du CNES', en: 'About CNES', ru: 'О CNES' },
      pressOfficeAddress: '2 place Maurice Quentin, 75039 Paris Cedex 01',
    };
    // The demo's communiqué shows no pictures.
    // Without a clash choice a taken reference throws rather than skips: in an empty archive it is always filed.
    const release = addParsedRelease(data, { ...parsed, body: storedBody(parsed.body, new Map()) }, { file: 'communique-cp124-2019.fr.md', index: 0 }, clock, { added: 0, merged: 0 });
    if (!release) return { seeded: false, refs: [] };
    Object.assign(release, { place: 'Moscou', event: DEMO_KIT, tags: [DEMO_KIT], status: 'published' as const });
    for (const contact of data.contacts) contact.organisation = 'CNES';
    const stamp = clock.now().toISOString();
    data.kits.push(
      Kit.parse({
        id: clock.newId(),
        name: DEMO_KIT,
        event: { name: 'MAKS 2019 — Salon international de l’aéronautique et de l’espace', place: 'Joukovski, Moscou', startDate: '2019-08-27', endDate: '2019-09-01' },
        language: 'fr',
        cover: { title: 'Dossier de presse', subtitle: 'Coopération spatiale France – Russie' },
        items: [
          { type: 'release', releaseId: release.id },
          { type: 'about', title: 'À propos du CNES', body: [{ type: 'paragraph', content: [{ text: ABOUT_FR }] }] },
          { type: 'contacts' },
        ],
        contactIds: release.contactIds,
        output: {},
        createdAt: stamp,
        updatedAt: stamp,
      }),
    );
    return { seeded: true, refs: [release.ref] };
  });
}
