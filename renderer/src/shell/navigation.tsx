import { createContext, useContext } from 'react';

/** Where the main area is. */
export type Route =
  | { screen: 'releases' }
  | { screen: 'release'; ref: string }
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
