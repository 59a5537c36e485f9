import { defineConfig } from 'vite';

/** A path beside this file, whichever directory the build is started from. */
const here = (path: string) => decodeURIComponent(new URL(path, import.meta.url).pathname);

/**
 * The web app is built into dist/web, which the API serves at `/` (apps/api/src/web/). In
 * development `vite --config apps/web/vite.config.ts` serves it on its own port and forwards /api
 * to the API started by `npm start`. JSX is compiled by Vite's own oxc transform (React's automatic
 * runtime), so no plugin is needed. `npm run build:web` sets NODE_ENV=production: Vite follows a
 * NODE_ENV it inherits (jest's is "test"), and anything else builds React's development mode.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    // Written for reading a stack trace by hand, never referenced from the bundle nor served (serve-web.ts).
    sourcemap: 'hidden',
    rolldownOptions: {
      // React Router and React Query mark modules "use client" for server components; a browser bundle ignores it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  // The one date module, shared with the API (pure, on temporal-polyfill); only the pages that
  // check or compare dates import it, so it loads with them, never with the first page.
  resolve: {
    alias: {
      '@samverkan/dates': here('../../libs/shared-kernel/src/dates.ts'),
      '@samverkan/cycle-labels': here('../../libs/cycle/src/labels.ts'),
      '@samverkan/follow-up': here('../../libs/cycle/src/follow-up.ts'),
      '@samverkan/sign-in-messages': here('../../libs/shared-kernel/src/sign-in-messages.ts'),
      '@samverkan/annex-kind': here('../../libs/annexes/src/annex-kind.ts'),
      '@samverkan/audit-labels': here('../../libs/read-models/src/audit-history/event-type-labels.ts'),
    },
  },
  // /offentlig: the page for residents is the API's own HTML (apps/api/src/public).
  server: { proxy: { '/api': 'http://localhost:3000', '/offentlig': 'http://localhost:3000' } },
});
