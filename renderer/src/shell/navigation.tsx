import { createContext, useContext } from 'react';

/** Where the main area is. Contacts, kits, brand and settings screens join this union in their slice. */
export type Route = { screen: 'releases' } | { screen: 'release'; ref: string };

export type Navigate = (route: Route) => void;
export const NavigationContext = createContext<Navigate | null>(null);

export function useNavigate(): Navigate {
  const navigate = useContext(NavigationContext);
  if (!navigate) throw new Error('useNavigate is used outside the app shell.');
  return navigate;
}
