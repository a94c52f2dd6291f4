/**
 * The renderer's Content Security Policy, in one place: the main process sends it as a header, the
 * renderer's index.html carries it as a meta tag (a test checks they match), and the build config
 * swaps in the development policy for electron-vite's dev server only.
 */

const PRODUCTION_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

function serialize(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy of the packaged app: no remote origin, no inline script or style, no eval. */
export const contentSecurityPolicy = serialize(PRODUCTION_DIRECTIVES);

/**
 * The dev server's policy: Vite injects the React refresh preamble as an inline script and CSS as
 * <style> elements, so only in development are inline scripts and styles allowed.
 */
export const developmentContentSecurityPolicy = serialize({
  ...PRODUCTION_DIRECTIVES,
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
});

/** The same policy for a <meta> tag: browsers ignore frame-ancestors there (and warn), the header carries it. */
export function metaContentSecurityPolicy(policy: string): string {
  return policy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors '))
    .join('; ');
}
