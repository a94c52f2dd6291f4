import { useEffect } from 'react';
import { discardLeftOpen } from './open-new-release';

/** At the studio's start, the new release left open when the app quit goes, if nothing was written in it. */
export function LeftOpenRelease() {
  useEffect(() => {
    void discardLeftOpen().catch(() => undefined);
  }, []);
  return null;
}
