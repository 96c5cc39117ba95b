import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

// Prefer Playwright's own Chromium; where it cannot be downloaded, use Debian's.
const managed = chromium.executablePath();
const executablePath = existsSync(managed) ? undefined : '/usr/bin/chromium';

const port = 4329;

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}/`,
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
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		// `npm test` builds first; the tests see exactly what is deployed.
		command: `npx astro preview --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
