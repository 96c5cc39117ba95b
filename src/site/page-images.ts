import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { RenderedImage } from '../model/markdown.ts';
import { contentImage } from './content-images.ts';

/** The widest a page image is shown, in CSS pixels: the text column. */
const columnWidth = 720;

/**
 * The images of an organizer's page (`Page.images`: the address as written to the file in the
 * content folder), each made into the files the page shows: as wide as the text column at most,
 * twice that for sharp screens, in WebP (an SVG stays as it is).
 */
export async function renderPageImages(images: Record<string, string>): Promise<Record<string, RenderedImage>> {
	const rendered: Record<string, RenderedImage> = {};
	for (const [url, path] of Object.entries(images)) rendered[url] = await makePageImage(await contentImage(path));
	return rendered;
}

/** One image made for a page. MDX hands an image it imported itself straight to this. */
export async function makePageImage(source: ImageMetadata): Promise<RenderedImage> {
	const width = Math.min(source.width, columnWidth);
	const height = Math.round((source.height * width) / source.width);
	const svg = source.format === 'svg';
	const image = await getImage({
		src: source,
		width,
		height,
		...(svg ? {} : { widths: [...new Set([width, Math.min(source.width, width * 2)])], format: 'webp' as const }),
	});
	return { src: image.src, srcset: image.srcSet.attribute, width, height };
}
