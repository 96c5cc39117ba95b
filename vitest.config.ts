import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// A fixed zone for the test process: tests must not depend on where they run.
		env: { TZ: 'UTC' },
		globalSetup: ['tests/support/temp-dir.ts'],
		projects: [
			// Some unit tests run the organizer commands as a user would, in a Node process of their own.
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
			// Checks over the built site in dist/; `npm test` builds before running them.
			{ extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 } },
		],
	},
});
