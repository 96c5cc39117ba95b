/** The built sites the browser tests run against, each on its own tests/support/static-server.ts. */
export const sites = {
	site: { port: 4329, outDir: 'dist', headers: true },
	/** The small test fixture: two days, parallel rooms. */
	fixture: { port: 4330, outDir: 'dist-fixture', headers: true },
	/** dist/ again as GitHub Pages serves it, without the headers of `_headers`: only the pages' `<meta>` policy holds. */
	bareHost: { port: 4331, outDir: 'dist', headers: false },
} as const;

export const siteUrl = ({ port }: { port: number }) => `http://127.0.0.1:${port}/`;
