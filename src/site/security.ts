/**
 * The site's security policy, written once: the build writes it into `_headers` for hosts that
 * read that file (Netlify, Cloudflare Pages), and into a `<meta http-equiv>` on every page for
 * hosts that send no headers of their own (GitHub Pages).
 */

/**
 * The Content-Security-Policy the site meets: scripts and styles are files of its own, never
 * inline; Pagefind needs WebAssembly ('wasm-unsafe-eval'); nothing is loaded from other origins.
 */
export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
	'default-src': ["'self'"],
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	'style-src': ["'self'"],
	'img-src': ["'self'", 'data:'],
	'connect-src': ["'self'"],
	'font-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
	'frame-ancestors': ["'none'"],
};

/** Directives a browser ignores in a `<meta>` policy (CSP Level 3, “The <meta> element”); only a header carries them. */
const headerOnly = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const serialize = (directives: [string, readonly string[]][]) => directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** The policy as the `Content-Security-Policy` header sends it. */
export const cspHeader = serialize(Object.entries(contentSecurityPolicy));

/** The same policy for `<meta http-equiv="Content-Security-Policy">`: all but the header-only directives. */
export const cspMeta = serialize(Object.entries(contentSecurityPolicy).filter(([name]) => !headerOnly.has(name)));

/** Headers for every path of the site. */
export const securityHeaders: Readonly<Record<string, string>> = {
	'Content-Security-Policy': cspHeader,
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Content-Type-Options': 'nosniff',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** The `_headers` file in the format Netlify and Cloudflare Pages read. */
export function headersFile(): string {
	const lines = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
	return ['# Security headers for static hosts that read this file (Netlify, Cloudflare Pages).', '# Written by the build from src/site/security.ts; every page also carries the policy in a <meta>.', '/*', ...lines, ''].join('\n');
}
