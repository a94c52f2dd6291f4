import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { ClashDialog, type Clash, type ClashAnswer } from './ClashDialog';

/** Asks the user about one clashing file; null when they cancelled the import. */
type Ask = (clash: Clash) => Promise<ClashAnswer | null>;
const ClashContext = createContext<Ask | null>(null);

/** Where an import, wherever it was started (a drop, the Import button), asks about a reference clash. */
export function ClashQuestionProvider({ children }: { children: ReactNode }) {
  const [asking, setAsking] = useState<{ clash: Clash; answer: (answer: ClashAnswer | null) => void } | null>(null);
  const ask = useCallback<Ask>((clash) => new Promise((resolve) => setAsking({ clash, answer: resolve })), []);
  const close = (answer: ClashAnswer | null) => {
    asking?.answer(answer);
    setAsking(null);
  };
  return (
    <ClashContext.Provider value={ask}>
      {children}
      {asking && <ClashDialog key={`${asking.clash.file} ${asking.clash.ref}`} clash={asking.clash} onAnswer={close} onCancel={() => close(null)} />}
    </ClashContext.Provider>
  );
}

export function useClashQuestion(): Ask {
  const ask = useContext(ClashContext);
  if (!ask) throw new Error('useClashQuestion is used outside ClashQuestionProvider.');
  return ask;
}
