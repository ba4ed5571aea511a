// Builds the web application into dist/, which `yhdyspinta serve` serves from the same origin as
// the API. In development (`npx vite`), API requests go to a server on :8080.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
