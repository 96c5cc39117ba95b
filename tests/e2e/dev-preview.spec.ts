import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * `npm run dev` on a copy of the test fixture, under a sub-path: an edit to the YAML shows on the
 * next reload of every page that uses it, a bad edit shows its `file:line` problem in the
 * browser, and the next good edit recovers, all without restarting the server.
 */

const projectRoot = join(import.meta.dirname, '../..');
/** A port nobody uses now: other checkouts on the same machine may run their own servers. */
async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
	const { port } = probe.address() as AddressInfo;
	await new Promise((done) => probe.close(done));
	return port;
}
let origin: string;
/** The site's address: under a sub-path, as a deploy may put it (BASE_PATH). */
let base: string;

let server: ChildProcess | undefined;
let root: string;
let output = '';

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
	test.setTimeout(120_000);
	root = mkdtempSync(join(tmpdir(), 'lectern-dev-'));
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	base = `${origin}/workshops`;
	cpSync(join(projectRoot, 'tests/fixtures/content/valid'), join(root, 'content'), { recursive: true });
	server = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: projectRoot,
		env: { ...process.env, LECTERN_CONTENT: join(root, 'content'), BASE_PATH: '/workshops/', ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
		// Its own process group, so the whole server goes when the tests end.
		detached: true,
	});
	server.stdout!.on('data', (chunk) => (output += chunk));
	server.stderr!.on('data', (chunk) => (output += chunk));
	const started = Date.now();
	for (;;) {
		if (server.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
		try {
			if (output.includes(origin) && (await fetch(`${base}/`)).ok) break;
		} catch {
			// Not listening yet.
		}
		if (Date.now() - started > 90_000) throw new Error(`astro dev did not start:\n${output}`);
		await new Promise((done) => setTimeout(done, 250));
	}
});

test.afterAll(() => {
	if (process.env.LECTERN_DEV_LOG) console.log(output);
	if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
	if (root) rmSync(root, { recursive: true, force: true });
});

/** The fixture's programme, inside the copied content folder. */
const programmeFile = 'events/demo-2024/programme.yaml';

/**
 * Replaces text in a file of the copied content folder, failing when the text is not there. It
 * saves as editors that write in place do, and slowly: the file is empty for a moment first.
 */
async function editFile(path: string, from: string | RegExp, to: string): Promise<void> {
	const file = join(root, 'content', path);
	const text = readFileSync(file, 'utf8');
	const next = text.replace(from, to);
	expect(next, `edit of ${String(from)} in ${path}`).not.toBe(text);
	const handle = await open(file, 'w');
	await new Promise((done) => setTimeout(done, 30));
	await handle.writeFile(next);
	await handle.close();
}

/** Reloads until the page shows `text`: the server reads an edit within moments, not instantly. */
async function reloadUntil(page: Page, check: () => Promise<void>): Promise<void> {
	await expect(async () => {
		await page.reload();
		await check();
	}).toPass({ intervals: [100, 250, 500], timeout: 10_000 });
}

test('an edit shows on the next reload of every page that uses it; a bad one shows where it is, and the next good one recovers', async ({ browser }) => {
	const programme = await browser.newPage();
	const person = await browser.newPage();
	await programme.goto(`${base}/events/demo-2024/programme/`);
	await person.goto(`${base}/people/bob-sample/`);
	for (const page of [programme, person]) await expect(page.getByText('A Keynote on Small Models').first()).toBeVisible();

	await editFile(programmeFile, 'title: A Keynote on Small Models', 'title: A Keynote on Tiny Models');
	for (const page of [programme, person]) {
		await reloadUntil(page, async () => {
			await expect(page.getByText('A Keynote on Tiny Models').first()).toBeVisible({ timeout: 1000 });
			await expect(page.getByText('A Keynote on Small Models')).toHaveCount(0);
		});
	}

	// The keynote ends before it starts: the browser names the file and line.
	await editFile(programmeFile, /(- start: "09:15"\n\s+end: )"10:00"/, '$1"09:00"');
	const problem = /content\/events\/demo-2024\/programme\.yaml:10: days\[0\]\.sessions\[1\]\.end "09:00" is before start "09:15"/;
	for (const page of [programme, person]) {
		await reloadUntil(page, async () => {
			await expect(page.getByText(problem).first()).toBeVisible({ timeout: 1000 });
		});
	}

	await editFile(programmeFile, /(- start: "09:15"\n\s+end: )"09:00"/, '$1"10:00"');
	await editFile(programmeFile, 'title: A Keynote on Tiny Models', 'title: A Keynote on Even Smaller Models');
	for (const page of [programme, person]) {
		await reloadUntil(page, async () => {
			await expect(page.getByText('A Keynote on Even Smaller Models').first()).toBeVisible({ timeout: 1000 });
			await expect(page.getByText(problem)).toHaveCount(0);
		});
	}
	expect(server?.exitCode, 'the server kept running').toBeNull();
});

test('edits to the site settings, a page and an image show on the next reload too', async ({ page }) => {
	await page.goto(`${base}/about/`);
	await expect(page.getByRole('heading', { level: 1, name: 'About this site' })).toBeVisible();
	await expect(page).toHaveTitle(/Demo Test Workshops/);

	await editFile('site.yaml', 'name: Demo Test Workshops', 'name: Renamed Test Workshops');
	await editFile('pages/about.mdx', 'title: About this site', 'title: About these workshops');
	await reloadUntil(page, async () => {
		await expect(page).toHaveTitle(/Renamed Test Workshops/, { timeout: 1000 });
		await expect(page.getByRole('heading', { level: 1, name: 'About these workshops' })).toBeVisible({ timeout: 1000 });
	});

	// A new photo for Alice: the person page serves the new file.
	await page.goto(`${base}/people/alice-example/`);
	const photo = page.locator('main img').first();
	const before = await photo.evaluate((img: HTMLImageElement) => img.currentSrc);
	cpSync(join(projectRoot, 'tests/fixtures/content/valid/images/sponsor-gold.png'), join(root, 'content/images/alice-new.png'));
	await editFile('people/alice-example.yaml', 'src: images/alice.jpg', 'src: images/alice-new.png');
	await reloadUntil(page, async () => {
		// Bounded, as the other checks: a page rendered mid-reload may have no photo, and the next reload will.
		const after = await photo.evaluate((img: HTMLImageElement) => img.currentSrc, undefined, { timeout: 1000 });
		expect(after).not.toBe(before);
		expect(after).toContain('alice-new');
	});
});

test('a talk’s and a session’s “Add to calendar” links give their calendars, with the latest edit', async ({ page }) => {
	await page.goto(`${base}/events/demo-2024/talks/paper-one/`);
	const talkCalendar = await page.getByRole('link', { name: 'Add to calendar' }).getAttribute('href');
	await page.goto(`${base}/events/demo-2024/programme/`);
	const sessionCalendar = await page.getByRole('link', { name: /^Add “Papers I” at .* to your calendar$/ }).getAttribute('href');
	for (const href of [talkCalendar, sessionCalendar]) {
		const response = await page.request.get(new URL(href!, base).href);
		expect(response.status(), href!).toBe(200);
		expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
		expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*SUMMARY:(The First Paper|Papers I) \(DEMO 2024\)\r\n/);
	}

	await editFile(programmeFile, 'title: The First Paper', 'title: The First Paper in Dev');
	await expect(async () => {
		expect(await (await page.request.get(new URL(talkCalendar!, base).href)).text()).toContain('SUMMARY:The First Paper in Dev (DEMO 2024)\r\n');
	}).toPass({ intervals: [100, 250, 500], timeout: 10_000 });
	expect((await page.request.get(`${base}/events/demo-2024/talks/no-such-talk.ics`)).status()).toBe(404);
	// Only under the site's base, as when deployed.
	expect((await page.request.get(`${origin}/events/demo-2024/talks/paper-one.ics`)).status()).toBe(404);
});
