/**
 * The page's Content-Security-Policy, in one place: the build writes it into index.html's meta tag (which is
 * what the dev server and the browser tests get), and the app:// handler also sends it as a header, which
 * is the only way it reaches the analysis worker (a worker takes its policy from its own response).
 *
 * Production allows nothing but the app's own origin: 'self' is app://copydesk, so no file on disk and no
 * other page qualifies. Vite's dev server injects styles inline and talks to the page over a websocket, so
 * development relaxes exactly those two.
 */
export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self'",
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws://localhost:*' : ''}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'"
  ].join('; ')
}
