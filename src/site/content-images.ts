import { relative, resolve, sep } from 'node:path';
import type { ImageMetadata } from 'astro';

/**
 * Images of the content folder as Astro image metadata, for `<Image>`, `<Picture>` and
 * `getImage()`. The `@content` alias (astro.config.mjs) points at the content folder, so the
 * glob follows `LECTERN_CONTENT`. Only the images pages ask for are loaded, and so built.
 */
const modules = import.meta.glob<{ default: ImageMetadata }>('@content/**/*.{svg,png,jpg,jpeg,webp,avif,SVG,PNG,JPG,JPEG,WEBP,AVIF}');

// Vite keys the glob by the files' paths: from the project root ("/content/images/logo.svg"), or
// absolute for a content folder outside it. The build runs from the project root.
const contentDir = resolve(process.env.LECTERN_CONTENT ?? 'content');
const fromRoot = relative(process.cwd(), contentDir).split(sep).join('/');
const prefixes = [`/${fromRoot}/`, `${contentDir.split(sep).join('/')}/`];

/** The metadata of the image at `src`, a path inside the content folder that the check has accepted. */
export async function contentImage(src: string): Promise<ImageMetadata> {
	const load = prefixes.map((prefix) => modules[`${prefix}${src}`]).find(Boolean);
	if (!load) throw new Error(`"${src}" is not among the ${Object.keys(modules).length} images found in ${contentDir}`);
	return (await load()).default;
}
