import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../site/security.ts';

/**
 * Writes `_headers` into the built site from the policy in src/site/security.ts, the same policy
 * every page carries in its `<meta>`: one source, so the header and the meta cannot drift apart.
 */
export function headers(): AstroIntegration {
	return {
		name: 'lectern:headers',
		hooks: {
			'astro:build:done': ({ dir }) => {
				writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile());
			},
		},
	};
}
