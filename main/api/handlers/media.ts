import { UserError } from '../../core/errors';
import { figureImages } from '../../core/figures';
import { imageSize } from '../../core/import/image-size';
import { Media, MediaText, type StoreData } from '../../core/schema';
import type { MediaEntry } from '../contract';
import { imageTypeOf } from '../../store';
import { readPhotoMetadata } from '../photo-metadata';
import { findById } from '../records';
import type { ApiContext, Handlers } from './context';

/** The references of the releases whose body shows `image`. */
function releasesShowing(data: StoreData, image: string): string[] {
  return data.releases.filter((release) => figureImages(release.body).includes(image)).map((release) => release.ref);
}

function entryOf(data: StoreData, media: Media): MediaEntry {
  return { ...media, usedBy: releasesShowing(data, media.image) };
}

/** The media library: photos kept as their original files, with their words per language. */
export function mediaHandlers({ store, clock }: ApiContext): Handlers<'media'> {
  return {
    'media.add': async ({ bytes, fileName, language }) => {
      const type = imageTypeOf(bytes);
      const image = await store.saveImage(bytes, type);
      // saveImage has checked the signature; a header without a size is no picture we can print.
      const size = imageSize(bytes);
      if (!size || size.width === 0 || size.height === 0) throw new UserError('image.notImage');
      const found = await readPhotoMetadata(bytes);
      return store.update((data) => {
        const existing = data.media.find((media) => media.image === image);
        if (existing) return entryOf(data, existing);
        const stamp = clock.now().toISOString();
        const media = Media.parse({
          id: clock.newId(),
          image,
          fileName,
          ...size,
          text: { [language ?? data.settings.uiLanguage]: MediaText.parse({ caption: found.caption, credit: found.credit }) },
          date: found.date,
          people: found.people,
          createdAt: stamp,
          updatedAt: stamp,
        });
        data.media.push(media);
        return entryOf(data, media);
      });
    },

    'media.list': async () => {
      const data = await store.read();
      return [...data.media].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((media) => entryOf(data, media));
    },

    'media.update': async ({ id, changes }) =>
      store.update((data) => {
        const media = findById(data.media, id, 'media');
        const { text, ...rest } = changes;
        for (const [language, words] of Object.entries(text ?? {})) {
          media.text[language as keyof Media['text']] = MediaText.parse({ ...media.text[language as keyof Media['text']], ...words });
        }
        Object.assign(media, rest, { updatedAt: clock.now().toISOString() });
        return entryOf(data, media);
      }),

    'media.delete': async ({ id }) =>
      store.update((data) => {
        const media = findById(data.media, id, 'media');
        const refs = releasesShowing(data, media.image);
        if (refs.length > 0) throw new UserError('media.inUse', { refs: refs.join(', ') }, 'conflict');
        data.media = data.media.filter((m) => m.id !== id);
        return media;
      }),
  };
}
