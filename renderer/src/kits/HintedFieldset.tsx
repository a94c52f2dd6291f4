import type { ReactNode } from 'react';

/** A group of fields under its legend, with a sentence that says what they do, read with the group. */
export function HintedFieldset({ id, legend, hint, className, children }: { id: string; legend: string; hint: string; className?: string; children: ReactNode }) {
  return (
    <fieldset className={['field', className].filter(Boolean).join(' ')} aria-describedby={id}>
      <legend>{legend}</legend>
      <p id={id} className="muted hint">
        {hint}
      </p>
      {children}
    </fieldset>
  );
}
