/**
 * Output folders for the benchmarks' builds, none of them deleted while a benchmark runs.
 *
 * Creating files right after deleting many is slow on some file systems: ext4 without a journal
 * (this project's VM) skips inodes freed in the last minute or more when it allocates one, checking
 * each on the way. Measured here: 20,000 small files in 0.7 s, and in 8.8 s right after deleting
 * 40,000. Benchmarks that emptied their output before each build measured that, more so for the
 * generator writing more files, and more with every run. So each build writes into a new folder;
 * the folders of an earlier benchmark are removed at the start, then the benchmark waits until
 * creating a file is cheap again before it times anything; the last benchmark's are left to look at.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A folder with one file costs 0.07-0.16 ms here when the file system has nothing to skip, 0.4 ms and more after a deletion. */
const settledMs = 0.2;
const longestWaitMs = 5 * 60_000;

export class BenchFolders {
	private readonly root: string;
	private used = 0;
	private removed = 0;

	/** `root` holds every folder of one benchmark. */
	constructor(root: string) {
		this.root = root;
	}

	/** Removes the root with an earlier benchmark's folders, and `others`, counting their files. */
	removeEarlier(...others: string[]): void {
		for (const path of [this.root, ...others]) {
			if (!existsSync(path)) continue;
			this.removed += readdirSync(path, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).length;
			rmSync(path, { recursive: true, force: true });
		}
		mkdirSync(this.root, { recursive: true });
	}

	/** After removeEarlier: waits until creating a file is no longer slowed by the deletion. */
	async settle(): Promise<void> {
		if (this.removed === 0) return;
		const started = performance.now();
		let cost = this.fileCreationMs();
		while (cost > settledMs && performance.now() - started < longestWaitMs) {
			console.error(`Creating a file costs ${cost.toFixed(2)} ms after removing ${this.removed.toLocaleString('en')} files of the last benchmark; waiting.`);
			await new Promise((resolve) => setTimeout(resolve, 15_000));
			cost = this.fileCreationMs();
		}
	}

	/** A new, empty folder path under the root, named `label-N`. */
	next(label: string): string {
		return join(this.root, `${label}-${++this.used}`);
	}

	/** What creating a folder with one small file costs now, in ms: 1,000 of them, kept. */
	fileCreationMs(): number {
		const probe = this.next('probe');
		const started = performance.now();
		for (let i = 0; i < 1000; i++) {
			mkdirSync(join(probe, String(i)), { recursive: true });
			writeFileSync(join(probe, String(i), 'index.html'), '<!doctype html><title>probe</title>');
		}
		return (performance.now() - started) / 1000;
	}
}
