// Every findBy…/waitFor of the component tests waits as long as PATIENCE_MS (set once, for all of them).
import { PATIENCE_MS } from './patience';

if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: PATIENCE_MS });
}
