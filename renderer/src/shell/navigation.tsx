import { createContext, useContext } from 'react';
import type { Language } from '../../../main/core/language';

/** Where the main area is. */
export type Route =
  | { screen: 'releases' }
  /** A release by reference, and its language: a translation shares its source's reference. */
  | { screen: 'release'; ref: string; language?: Language }
  | { screen: 'contacts' }
  | { screen: 'kits' }
  | { screen: 'kit'; id: string }
  | { screen: 'photos' }
  | { screen: 'brand' };

export type Navigate = (route: Route) => void;
export const NavigationContext = createContext<Navigate | null>(null);

export function useNavigate(): Navigate {
  const navigate = useContext(NavigationContext);
  if (!navigate) throw new Error('useNavigate is used outside the app shell.');
  return navigate;
}
