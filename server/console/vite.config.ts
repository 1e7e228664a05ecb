import { defineConfig } from "vite";

// Served by patrolbook-server at /console/ (same origin as the API). Everything is
// bundled: no CDN, no inline script (the server's Content-Security-Policy forbids it).
export default defineConfig({
  base: "/console/",
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  build: {
    target: "es2020",
    // No modulepreload polyfill: it would be the only inline-looking helper, and the
    // browsers the office uses (Chromium, Firefox, Safari of the last years) need none.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
