/**
 * A plain static file server for the browser tests: serves a built site the way any static host
 * does (index.html for folders, 404.html for misses), optionally under a base path, and sends
 * the headers of the site's `_headers` file for `/*`, as Netlify and Cloudflare Pages do. With
 * `--no-headers` it sends none of them, as GitHub Pages does: only the pages' own `<meta>` policy
 * then applies.
 * Usage: node tests/support/static-server.ts [--no-headers] <dir> <port> [base]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const sendHeaders = !args.includes('--no-headers');
const [dirArg = 'dist', portArg = '4329', base = '/'] = args.filter((arg) => !arg.startsWith('--'));
const root = resolve(dirArg);
const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ics': 'text/calendar; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

/** Headers listed under `/*` in `_headers`: indented `Name: value` lines. */
function siteHeaders(): Record<string, string> {
	const file = join(root, '_headers');
	if (!existsSync(file)) return {};
	const headers: Record<string, string> = {};
	let inAll = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (/^\S/.test(line)) inAll = line.trim() === '/*';
		else if (inAll && line.includes(':')) {
			const [name, ...value] = line.trim().split(':');
			headers[name!.trim()] = value.join(':').trim();
		}
	}
	return headers;
}
const extraHeaders = sendHeaders ? siteHeaders() : {};

createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	const path = decodeURIComponent(url.pathname);
	let file: string | undefined;
	if (path.startsWith(base)) {
		const candidate = normalize(join(root, path.slice(base.length)));
		if (candidate.startsWith(root) && existsSync(candidate)) {
			file = statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
			if (!existsSync(file)) file = undefined;
		}
	}
	const status = file ? 200 : 404;
	file ??= join(root, '404.html');
	response.writeHead(status, { ...extraHeaders, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(response);
}).listen(Number(portArg), '127.0.0.1');
