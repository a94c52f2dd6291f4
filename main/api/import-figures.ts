/**
 * The pictures of imported communiqués: each checked before the store is touched (figurePicture), staged
 * with the import, and filed with it as the release's figures and as records of the media library.
 */
import { figurePicture, type FigurePicture, type ImportedBlock, type ImportedFigure, type ParsedCommunique } from '../core/import';
import type { ErrorDetail } from '../core/errors';
import { learnWords } from '../core/figures';
import type { Language } from '../core/language';
import { Media, type Block, type StoreData } from '../core/schema';
import type { ImageStaging } from '../store';
import type { Clock } from './records';

export interface CheckedPictures {
  pictures: Map<ImportedFigure, FigurePicture>;
  /** Figures left out, each said in a sentence naming its image. */
  warnings: ErrorDetail[];
}

/** Checks the picture of every figure of `parsed`; throws the refusal of the whole import. */
export function checkPictures(file: string, parsed: ParsedCommunique, neighbours: ReadonlyMap<string, Uint8Array>): CheckedPictures {
  const checked: CheckedPictures = { pictures: new Map(), warnings: [] };
  for (const block of parsed.body) {
    if (block.type !== 'importedFigure') continue;
    const verdict = figurePicture(file, block, neighbours);
    if ('picture' in verdict) checked.pictures.set(block, verdict.picture);
    else checked.warnings.push(verdict.warning);
  }
  return checked;
}

/** A picture in the staging area, under its image name (the address of its content). */
export type StagedPicture = FigurePicture & { image: string };

/** Stages the pictures, by figure. */
export async function stagePictures(staging: ImageStaging, pictures: ReadonlyMap<ImportedFigure, FigurePicture>): Promise<Map<ImportedFigure, StagedPicture>> {
  const staged = new Map<ImportedFigure, StagedPicture>();
  for (const [figure, picture] of pictures) staged.set(figure, { ...picture, image: await staging.add(picture.bytes, picture.type) });
  return staged;
}

/**
 * The body as the store keeps it: each figure names its stored image; of a figure left out (warned of),
 * the caption and credit stay as paragraphs, so that no words are lost.
 */
export function storedBody(body: readonly ImportedBlock[], staged: ReadonlyMap<ImportedFigure, StagedPicture>): Block[] {
  return body.flatMap((block): Block[] => {
    if (block.type !== 'importedFigure') return [block];
    const image = staged.get(block)?.image;
    if (image) return [{ type: 'figure', image, alt: block.alt, caption: block.caption, credit: block.credit, width: 'column' }];
    return [block.caption, block.credit].filter((text) => text !== '').map((text) => ({ type: 'paragraph', content: [{ text }] }));
  });
}

/**
 * The media library learns each picture once, by its content: a photo imported again keeps its record,
 * which only gains the words it lacked in that language.
 */
export function recordMedia(data: StoreData, staged: ReadonlyMap<ImportedFigure, StagedPicture>, language: Language, clock: Clock): void {
  const stamp = clock.now().toISOString();
  for (const [figure, { image, fileName, width, height }] of staged) {
    const text = { caption: figure.caption, credit: figure.credit, alt: figure.alt };
    const known = data.media.find((media) => media.image === image);
    if (known) {
      if (learnWords(known, language, text)) known.updatedAt = stamp;
      continue;
    }
    data.media.push(Media.parse({ id: clock.newId(), image, fileName, width, height, text: { [language]: text }, createdAt: stamp, updatedAt: stamp }));
  }
}
