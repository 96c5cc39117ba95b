import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ImageMetadata } from 'astro';
import { defaultContentDir } from '../loading/content-dir.ts';

/**
 * Images of the content folder as Astro image metadata, for `<Image>`, `<Picture>` and
 * `getImage()`. The `@content` alias (astro.config.mjs) points at the content folder, so the
 * glob follows `LECTERN_CONTENT`. Only the images pages ask for are loaded, and so built.
 */
const modules = import.meta.glob<{ default: ImageMetadata }>('@content/**/*.{svg,png,jpg,jpeg,webp,avif,SVG,PNG,JPG,JPEG,WEBP,AVIF}');

// Vite keys the glob by path from the project root: "/content/images/logo.svg", or
// "../elsewhere/content/images/logo.svg" for a content folder outside the project (tests,
// benchmarks). Each key is resolved to its file and named by its path inside the content folder.
const contentDir = defaultContentDir();
const fileOf = (key: string) => {
	if (key.startsWith('/@fs/')) return key.slice('/@fs'.length);
	if (key.startsWith('/') && !existsSync(key)) return join(process.cwd(), key);
	return resolve(process.cwd(), key);
};
const inContent = (key: string) => relative(contentDir, fileOf(key)).split(sep).join('/');
const bySrc = new Map(Object.entries(modules).map(([key, load]) => [inContent(key), load]));

/** The metadata of the image at `src`, a path inside the content folder that the check has accepted. */
export async function contentImage(src: string): Promise<ImageMetadata> {
	const load = bySrc.get(src);
	if (!load) throw new Error(`"${src}" is not among the ${bySrc.size} images found in ${contentDir}`);
	return (await load()).default;
}
