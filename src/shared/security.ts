/**
 * The renderer's Content-Security-Policy, sent by both hosts: only the app's own scripts and
 * styles, no remote anything, no plugins, no framing, no form posts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // WebAssembly (the search index's SQLite) needs wasm-unsafe-eval; eval itself stays off.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
