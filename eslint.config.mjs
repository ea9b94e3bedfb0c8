// ESLint for the project's JavaScript (scripts/test.sh's lint layer): the
// recommended rules, which catch undefined names, unused variables and
// unreachable code, with each file's own globals.
import js from '@eslint/js';
import globals from 'globals';

export default [
  // Built, generated or installed, not written here.
  { ignores: ['dist/**', 'target/**', 'node_modules/**', '.scratch/**'] },
  js.configs.recommended,
  {
    // Shipped to the person's browser: the loader, the custom element, the
    // iframe page, and the example host page.
    files: ['loader.js', 'embed.js', 'frame.js', 'examples/**/*.js'],
    languageOptions: { sourceType: 'module', globals: globals.browser },
  },
  {
    // A classic script, run in the service worker's scope.
    files: ['sw.js'],
    languageOptions: { sourceType: 'script', globals: globals.serviceworker },
  },
  {
    // Build, bench and test tools run by Node; the functions they pass to
    // the page (page.evaluate) run in the browser.
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
];
