import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

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
  { ignores: ['.next/**', '.next-server-build/**', '.contentlayer/**', 'out/**', 'node_modules/**', 'next-env.d.ts', 'bench/scratch/**', 'test-results/**', 'playwright-report/**', 'public/pagefind/**'] },
];

export default config;
