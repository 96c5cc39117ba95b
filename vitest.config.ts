import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// A fixed zone for the test process: tests must not depend on where they run.
		env: { TZ: 'UTC' },
	},
});
