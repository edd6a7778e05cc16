// Lint rules: type-aware TypeScript checks, and the import rule that keeps dependencies pointing inward.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "data/**",
      "packages/core/test-cases/**",
      "packages/web/public/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: "./tsconfig.test.json", tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      // Route handlers and engines behind async interfaces are async by contract, awaited or not.
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The web app has its own compiler options (DOM, JSX, bundler resolution).
    files: ["packages/web/**/*.ts", "packages/web/**/*.tsx"],
    languageOptions: {
      parserOptions: { project: "./packages/web/tsconfig.json", tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Core is pure: no I/O, no clock, no randomness, and nothing from the outer packages.
    files: ["packages/core/src/**/*.ts"],
    ignores: ["packages/core/src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: ["node:*", "fs", "path", "@upstream/*", "../../cli/*", "../../store/*", "../../server/*"],
        },
      ],
      "no-restricted-globals": ["error", "Date", "process", "setTimeout", "fetch"],
      "no-restricted-properties": ["error", { object: "Math", property: "random" }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: "readonly", console: "readonly", URL: "readonly", performance: "readonly" },
    },
  },
);
