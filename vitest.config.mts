import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  plugins: [swc.vite({ swcrc: false, jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, keepClassNames: true, target: 'es2023' }, module: { type: 'es6' } })],
  oxc: false,
  resolve: {
    alias: {
      '@app/domain': path.resolve(import.meta.dirname, 'libs/domain/src'),
      '@app/infrastructure': path.resolve(import.meta.dirname, 'libs/infrastructure/src'),
      '@app/application': path.resolve(import.meta.dirname, 'libs/application/src'),
      '@app/texts': path.resolve(import.meta.dirname, 'libs/texts/src'),
    },
  },
  test: {
    include: ['**/*.spec.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    globalSetup: ['test/support/global-setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
