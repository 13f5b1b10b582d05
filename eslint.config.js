// House rules as lint (see ../shared/STYLE.md): page text never becomes HTML, lib/ stays pure,
// components stay presentational.
import tseslint from 'typescript-eslint';

const noHtmlSinks = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Page text never becomes HTML: use textContent or JSX text.',
  },
  {
    selector: "AssignmentExpression[left.property.name='outerHTML']",
    message: 'Page text never becomes HTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Page text never becomes HTML.',
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text never becomes HTML.' },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'No document.write.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.output/**',
      '.wxt/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '**/components/**', 'preact', 'preact/*', '#imports', 'wxt/*'],
              message: 'lib/ is pure: it never imports entrypoints, components, Preact or WXT.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              allowTypeImports: true,
              group: ['**/lib/storage/**', '**/lib/messages/**', 'webextension-polyfill', '#imports', 'idb'],
              message: 'components/ are presentational: data in through props, events out through callbacks.',
            },
          ],
        },
      ],
    },
  },
);
