import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// See shared/TOOLCHAIN.md for why each of these is here.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // monaco-yaml's worker still imports monaco's pre-0.56 deep paths.
      {
        find: /^monaco-editor\/esm\/vs\//,
        replacement: fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url)),
      },
    ],
  },
  // ES workers, or an import() inside a worker gets inlined into a 1.5 MB bundle.
  worker: { format: 'es' },
  // Discover worker-only dependencies up front, or `vite dev` reloads mid-session.
  optimizeDeps: { entries: ['index.html', 'src/**/*.worker.ts'] },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 8000 },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
});
