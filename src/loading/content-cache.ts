import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ContentKind } from './content-files.ts';

/**
 * Each content file's validated data, by its kind and its text, kept between runs of
 * `npm run check` and the build: reading and validating 3,000 unchanged YAML files was a third
 * of the check's time at 5,000 talks.
 *
 * Only files that passed their schema are kept. What spans files (references, times, the model)
 * and the images a file names are checked on every run. The cache belongs to the code that wrote
 * it: a change to any file of Lectern's `src/`, to its lockfile or to Node's version starts a new one.
 */
export class ContentCache {
	readonly #file: string | undefined;
	readonly #version: string;
	#known = new Map<string, unknown>();
	#used = new Map<string, unknown>();
	#added = false;

	/** The cache kept in a cache folder: Astro's `cacheDir`, shared by the check and the build. */
	static inFolder(cacheDir: string): ContentCache {
		return new ContentCache(join(cacheDir, 'lectern-content.bin'));
	}

	/** The cache kept in `file` (none: in memory only). A missing, unreadable or older file is an empty cache. */
	constructor(file?: string) {
		this.#file = file;
		this.#version = codeVersion();
		if (!file) return;
		try {
			const [version, entries] = deserialize(readFileSync(file)) as [string, Array<[string, unknown]>];
			if (version === this.#version) this.#known = new Map(entries);
		} catch {
			// Not there yet, or cut short: every file is read again, and the cache written anew.
		}
	}

	/** The validated data of a file with this text, or `undefined` when it is not known. */
	get(kind: ContentKind, text: string): unknown {
		const key = keyOf(kind, text);
		const data = this.#used.get(key) ?? this.#known.get(key);
		if (data !== undefined) this.#used.set(key, data);
		return data;
	}

	/** Keeps the validated data of a file that passed its schema. */
	set(kind: ContentKind, text: string, data: unknown): void {
		this.#used.set(keyOf(kind, text), data);
		this.#added = true;
	}

	/** Forgets what this run did not ask for (files edited or gone); true when anything changed. */
	endRun(): boolean {
		const changed = this.#added || this.#used.size !== this.#known.size;
		this.#known = this.#used;
		this.#used = new Map();
		this.#added = false;
		return changed;
	}

	/** Ends the run, and writes the cache when anything changed. */
	save(): void {
		if (!this.endRun() || !this.#file) return;
		mkdirSync(dirname(this.#file), { recursive: true });
		// Written aside, then renamed: a check and a build running at once never read half a file.
		const partial = `${this.#file}.${process.pid}`;
		writeFileSync(partial, serialize([this.#version, [...this.#known]]));
		renameSync(partial, this.#file);
	}
}

const keyOf = (kind: ContentKind, text: string) => createHash('sha256').update(kind).update('\0').update(text).digest('base64');

/** A digest of Lectern's code: its sources, its dependencies' versions and Node's. */
function codeVersion(): string {
	const sources = fileURLToPath(new URL('..', import.meta.url));
	const project = join(sources, '..');
	const hash = createHash('sha256').update(process.version);
	const files = readdirSync(sources, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	for (const file of [...files, join(project, 'package-lock.json')]) hash.update(relative(project, file)).update('\0').update(readIfThere(file));
	return hash.digest('base64');
}

function readIfThere(file: string): Buffer {
	try {
		return readFileSync(file);
	} catch {
		return Buffer.alloc(0);
	}
}
