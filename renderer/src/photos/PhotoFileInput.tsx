import { forwardRef } from 'react';

/** The hidden chooser of PNG and JPEG photos, opened by a button of its owner; hands over the files chosen. */
export const PhotoFileInput = forwardRef<HTMLInputElement, { label: string; onFiles: (files: File[]) => void }>(function PhotoFileInput({ label, onFiles }, ref) {
  return (
    <input
      ref={ref}
      type="file"
      accept="image/png,image/jpeg"
      multiple
      className="visually-hidden"
      tabIndex={-1}
      aria-label={label}
      onChange={(event) => {
        const files = [...(event.target.files ?? [])];
        // Emptied, so that choosing the same file again is seen as a new choice.
        event.target.value = '';
        if (files.length) onFiles(files);
      }}
    />
  );
});
