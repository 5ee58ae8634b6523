import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/**
 * The layers, lowest first: the content model and site configuration; the
 * runtime content API and the rest of lib/; components/; routes (app/ and
 * proxy.ts). Build and editor tooling (tooling/, scripts/) sits beside them
 * and may import any layer; no layer imports tooling, except that the browser
 * CMS's routes mount tooling/cms. An import may only
 * point down. Tests and their fixtures are tooling too.
 */
// One glob (the rule wants exceptions to a glob `from` written as globs).
const model = 'lib/{content/schema,content/collections,content/types,site-config,routes}.ts';
const tooling = ['./tooling', './scripts'];
const layers = [
  {
    target: model,
    from: ['lib/**', 'components/**', 'app/**', 'tooling/**', 'scripts/**'],
    // Unlike `target` and `from`, a glob exception is matched against the absolute path as written.
    except: [`${import.meta.dirname}/${model}`],
    message: 'The content model and site configuration are the lowest layer: they import only each other.',
  },
  { target: './lib', from: ['./components', './app', ...tooling], message: 'lib/ is below components/ and app/, and never imports tooling.' },
  { target: './lib/content', from: './lib/seo', message: 'lib/seo builds on the content API, not the other way round.' },
  { target: './components', from: ['./app', ...tooling], message: 'Components are below routes, and never import tooling.' },
  // Every route but the browser CMS's (app/keystatic, app/api/keystatic: editor tooling mounted in the app).
  { target: ['app/(site)/**', 'app/*', 'proxy.ts'], from: tooling, message: 'Routes never import build or editor tooling.' },
  { target: ['./app/keystatic', './app/api/keystatic'], from: tooling, except: ['./cms'], message: 'The CMS routes import only the CMS (tooling/cms).' },
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    // One way to link within the site (components/site-link.tsx): a plain anchor. Next's Link hydrates once per
    // link and, prefetching, puts route-data work on a phone's main thread right after hydration (npm run bench, TBT).
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'next/link', message: 'Link within the site with SiteLink (components/site-link.tsx): a plain anchor, no client navigation.' }] },
      ],
    },
  },
  {
    ignores: ['**/*.test.ts', '**/test-fixtures/**'],
    rules: { 'import/no-restricted-paths': ['error', { zones: layers }] },
  },
  {
    ignores: [
      '.next/**',
      '.next-server-build/**',
      '.contentlayer/**',
      'out/**',
      'node_modules/**',
      'next-env.d.ts',
      'bench/scratch/**',
      'test-results/**',
      'playwright-report/**',
      'public/pagefind/**',
    ],
  },
];

export default config;
