// Regenerates locales/en from the t() calls in src/ and the %ns~Label% strings of console-extensions.json.
module.exports = {
  input: ['src/**/*.{ts,tsx}', '!src/**/*.spec.{ts,tsx}'],
  output: 'locales/$LOCALE/$NAMESPACE.json',
  sort: true,
  createOldCatalogs: false,
  keySeparator: false,
  namespaceSeparator: '~',
  pluralSeparator: '_',
  locales: ['en'],
  defaultNamespace: 'plugin__sandboxed-containers-console-plugin',
  defaultValue: (_locale, _namespace, key) => key,
  lexers: {
    ts: ['JavascriptLexer'],
    tsx: ['JsxLexer'],
    default: ['JavascriptLexer'],
  },
};
