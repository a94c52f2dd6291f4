import { NodeSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import type { Language } from '../../../main/core/language';
import { presskit } from '../api';
import { imageProblem, MAX_PHOTO_BYTES, type ImageProblem } from '../ui/image-file';

/** Why a photo was not inserted: its own file, or the library's refusal (its message). */
export type PhotoRefusal = { problem: ImageProblem } | { error: unknown };

/** The image files among those dropped or pasted (an editor drop of anything else is not ours). */
export function imageFiles(files: FileList | null | undefined): File[] {
  return [...(files ?? [])].filter((file) => file.type === 'image/png' || file.type === 'image/jpeg');
}

/** Where a photo goes without a drop point: at the cursor, or after the figure (or other block) selected, never over it. */
function insertionPoint(editor: Editor): number | undefined {
  const { selection } = editor.state;
  return selection instanceof NodeSelection ? selection.to : undefined;
}

/**
 * Adds each photo to the media library and inserts it as a figure at `position` (else at the cursor),
 * with the library's words in the release's language. Stops at the first photo refused.
 */
export async function insertPhotos(editor: Editor, files: File[], language: Language, position?: number): Promise<PhotoRefusal | null> {
  let at = position;
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const problem = imageProblem(bytes, MAX_PHOTO_BYTES);
    if (problem) return { problem };
    try {
      const media = await presskit().media.add({ bytes, fileName: file.name, language });
      const words = media.text[language] ?? { caption: '', credit: '', alt: '' };
      const figure = { type: 'figure', attrs: { image: media.image, caption: words.caption, credit: words.credit, alt: words.alt, width: 'column' } };
      const chain = editor.chain().focus();
      const point = at ?? insertionPoint(editor);
      (point === undefined ? chain.insertContent(figure) : chain.insertContentAt(point, figure)).run();
      // The next photos follow this one.
      at = undefined;
    } catch (error) {
      return { error };
    }
  }
  return null;
}
