import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

// Prefer Playwright's own Chromium; where it cannot be downloaded, use Debian's.
const managed = chromium.executablePath();
const executablePath = existsSync(managed) ? undefined : '/usr/bin/chromium';

/** The site of the five workshops, and the small test fixture (two days, parallel rooms). */
const sites = { site: { port: 4329, outDir: 'dist' }, fixture: { port: 4330, outDir: 'dist-fixture' } };

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		...devices['Desktop Chrome'],
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			// Without these, Chromium stalls on a closed network trying to reach Google services.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	projects: [
		{ name: 'site', testIgnore: /(fixture|dev-preview)\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${sites.site.port}/` } },
		{ name: 'fixture', testMatch: /fixture\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${sites.fixture.port}/` } },
		// `astro dev` on a copy of the fixture, started by the spec itself on a free port.
		{ name: 'dev', testMatch: /dev-preview\.spec\.ts/ },
	],
	// `npm test` builds both sites first; the tests see exactly what is deployed.
	webServer: Object.values(sites).map(({ port, outDir }) => ({
		command: `node tests/support/static-server.ts ${outDir} ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	})),
});
