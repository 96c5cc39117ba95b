/**
 * `node scripts/bench-dev.ts [talks]` (default 5000): how fast `astro dev` answers at scale. Writes
 * synthetic content to a temporary folder, starts the dev server on it, and prints the time to
 * first byte of a programme, a person page, a talk page and the people index: first requests,
 * then 0.15 s after editing a talk title (flagging pages that do not show it yet), and 1.5 s
 * later, when every page must show it. The folder is outside the project: the dev server does
 * not watch bench-out/ (astro.config.mjs), so edits there would never show.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticContent } from '../src/organizer/synthetic.ts';

const talks = Number(process.argv[2] ?? 5000);
const contentDir = mkdtempSync(join(tmpdir(), `lectern-dev-content-${talks}-`));
for (const [path, text] of Object.entries(syntheticContent(talks).files)) {
	mkdirSync(join(contentDir, path, '..'), { recursive: true });
	writeFileSync(join(contentDir, path), text);
}

const probe = createServer();
await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
const port = (probe.address() as AddressInfo).port;
await new Promise((done) => probe.close(done));
const base = `http://127.0.0.1:${port}`;

const started = performance.now();
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
	env: { ...process.env, LECTERN_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
	stdio: ['ignore', 'pipe', 'inherit'],
	detached: true,
});
let output = '';
server.stdout!.on('data', (chunk) => (output += chunk));
try {
	while (!output.includes(base)) {
		if (server.exitCode !== null) throw new Error(output);
		await new Promise((done) => setTimeout(done, 100));
	}
	console.log(`dev server ready after ${((performance.now() - started) / 1000).toFixed(1)} s (${talks} talks)`);

	const event = readdirSync(join(contentDir, 'events')).sort()[0]!;
	const programmeFile = join(contentDir, 'events', event, 'programme.yaml');
	const speaker = /- id: talk-0\n\s+title: .*\n\s+speakers: \[([a-z0-9-]+)/.exec(readFileSync(programmeFile, 'utf8'))![1]!;
	// Pages that show the edited title, and the people index, which does not but is the biggest page.
	const pages = {
		programme: `/events/${event}/programme/`,
		person: `/people/${speaker}/`,
		talk: `/events/${event}/talks/talk-0/`,
		people: '/people/',
	};

	/** Milliseconds to the first byte of the page, and its text. */
	const get = async (path: string) => {
		const begin = performance.now();
		const response = await fetch(base + path);
		const reader = response.body!.getReader();
		await reader.read();
		const ttfb = performance.now() - begin;
		await reader.cancel();
		const text = await (await fetch(base + path)).text();
		return { ttfb, status: response.status, text };
	};
	/** Prints one row; returns how many pages did not show `expect`. */
	const round = async (label: string, expect?: string) => {
		const cells = [];
		let staleCount = 0;
		for (const [name, path] of Object.entries(pages)) {
			const { ttfb, status, text } = await get(path);
			const stale = expect !== undefined && name !== 'people' && !text.includes(expect);
			if (stale) staleCount++;
			cells.push(`${name} ${ttfb.toFixed(0)} ms${status === 200 ? '' : ` (${status})`}${stale ? ' (stale!)' : ''}`);
		}
		console.log(`${label.padEnd(22)} ${cells.join(' · ')}`);
		return staleCount;
	};

	await round('first request');
	await round('second request');
	for (let edit = 1; edit <= 3; edit++) {
		const title = `Edited title number ${edit}`;
		const text = readFileSync(programmeFile, 'utf8');
		writeFileSync(programmeFile, text.replace(/(- id: talk-0\n\s+title: ).*/, `$1${title}`));
		// The file watcher and the loader's 30 ms debounce see the edit within about 0.1 s.
		await new Promise((done) => setTimeout(done, 150));
		await round(`0.15 s after edit ${edit}`, title);
		await new Promise((done) => setTimeout(done, 1500));
		if ((await round(`1.5 s later`, title)) > 0) process.exitCode = 1;
	}
	if (process.exitCode) console.error('Some pages still did not show an edit 1.5 s after it: the dev server missed it.');
} finally {
	process.kill(-server.pid!, 'SIGTERM');
	rmSync(contentDir, { recursive: true, force: true });
}
