import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { sites, siteUrl } from './tests/support/sites.ts';

// Playwright's own Chromium where `npx playwright install chromium` put it (GitHub's runners);
// Debian's where Playwright's download cannot be reached (.ci/run installs it).
const managed = chromium.executablePath();
const executablePath = existsSync(managed) ? undefined : '/usr/bin/chromium';

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
		{ name: 'site', testIgnore: /(fixture|dev-preview|lighthouse)\.spec\.ts/, use: { baseURL: siteUrl(sites.site) } },
		{ name: 'fixture', testMatch: /fixture\.spec\.ts/, use: { baseURL: siteUrl(sites.fixture) } },
		// `astro dev` on a copy of the fixture, started by the spec itself on a free port.
		{ name: 'dev', testMatch: /dev-preview\.spec\.ts/ },
		// Lighthouse last and alone: its performance score is simulated from how long the page's work took, so other tests running beside it would lower it.
		{ name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, dependencies: ['site', 'fixture'], use: { baseURL: siteUrl(sites.fixture) } },
	],
	// `npm test` builds both sites first; the tests see exactly what is deployed.
	webServer: Object.values(sites).map((site) => ({
		command: `node tests/support/static-server.ts ${site.headers ? '' : '--no-headers '}${site.outDir} ${site.port}`,
		url: siteUrl(site),
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	})),
});
