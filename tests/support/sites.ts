/**
 * The first of the ports the test servers use; `LECTERN_TEST_PORT` moves them all, e.g. for a
 * second checkout testing its own build on the same machine.
 */
const firstPort = Number(process.env.LECTERN_TEST_PORT ?? 4329);

/** The built sites the browser tests run against, each on its own tests/support/static-server.ts. */
export const sites = {
	site: { port: firstPort, outDir: 'dist', headers: true },
	/** The small test fixture: two days, parallel rooms. */
	fixture: { port: firstPort + 1, outDir: 'dist-fixture', headers: true },
	/** dist/ again as GitHub Pages serves it, without the headers of `_headers`: only the pages' `<meta>` policy holds. */
	bareHost: { port: firstPort + 2, outDir: 'dist', headers: false },
} as const;

export const siteUrl = ({ port }: { port: number }) => `http://127.0.0.1:${port}/`;
