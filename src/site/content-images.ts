import { relative, resolve, sep } from 'node:path';
import type { ImageMetadata } from 'astro';

/**
 * Images of the content folder as Astro image metadata, for `<Image>`, `<Picture>` and
 * `getImage()`. The `@content` alias (astro.config.mjs) points at the content folder, so the
 * glob follows `LECTERN_CONTENT`. Only the images pages ask for are loaded, and so built.
 */
const modules = import.meta.glob<{ default: ImageMetadata }>('@content/**/*.{svg,png,jpg,jpeg,webp,avif,SVG,PNG,JPG,JPEG,WEBP,AVIF}');

// Vite keys the glob by the files' paths: from the project root ("/content/images/logo.svg") in a
// build, and in `astro dev` by an absolute or `/@fs/` path for a content folder outside the
// project (tests). Each key is cut back to its path inside the content folder.
const contentDir = resolve(process.env.LECTERN_CONTENT ?? 'content');
const markers = [`${contentDir.split(sep).join('/')}/`, `/${relative(process.cwd(), contentDir).split(sep).join('/')}/`];
const inContent = (key: string) => {
	for (const marker of markers) {
		const at = key.indexOf(marker);
		if (at >= 0) return key.slice(at + marker.length);
	}
	return key;
};
const bySrc = new Map(Object.entries(modules).map(([key, load]) => [inContent(key), load]));

/** The metadata of the image at `src`, a path inside the content folder that the check has accepted. */
export async function contentImage(src: string): Promise<ImageMetadata> {
	const load = bySrc.get(src);
	if (!load) throw new Error(`"${src}" is not among the ${bySrc.size} images found in ${contentDir}`);
	return (await load()).default;
}
