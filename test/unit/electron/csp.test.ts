import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, developmentContentSecurityPolicy, metaContentSecurityPolicy } from '../../../main/electron/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

// Sources a directive of the packaged app may use: none names a remote origin or relaxes script rules.
const SAFE_SOURCES = new Set(["'self'", "'none'", 'data:', 'blob:']);

describe('the content security policy', () => {
  const policy = directives(contentSecurityPolicy);

  it('denies by default and names every fetch directive the studio needs', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no remote origin, no wildcard, no inline script or style, no eval', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) expect(SAFE_SOURCES.has(source), `${name} ${source}`).toBe(true);
    }
    expect(contentSecurityPolicy).not.toMatch(/unsafe|https?:|wss?:|\*/);
  });

  it('is the policy of renderer/index.html (without frame-ancestors, which a meta tag cannot carry)', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(metaContentSecurityPolicy(contentSecurityPolicy));
    expect(meta?.[1]).not.toContain('frame-ancestors');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('relaxes only script and style sources in development, and names no remote origin there either', () => {
    const development = directives(developmentContentSecurityPolicy);
    for (const [name, sources] of policy) {
      if (name === 'script-src' || name === 'style-src') expect(development.get(name)).toEqual(["'self'", "'unsafe-inline'"]);
      else expect(development.get(name)).toEqual(sources);
    }
    expect(developmentContentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|wss?:|\*/);
  });
});
