import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';

export default defineConfig({
  base: '/',
  plugins: [react(), tailwindcss(), precompress()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Libraries change less often than the app: separate chunks stay cached across deploys.
    // Only what the first screen needs is grouped (`$initial`); everything else goes with the
    // lazy page that uses it, so a page's libraries and code load with the page, not at startup.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/]\.pnpm[\\/](react|react-dom|scheduler)@/, priority: 3 },
            { name: 'vendor', test: /node_modules/, tags: ['$initial'], priority: 2 },
            { name: 'app', tags: ['$initial'], priority: 1 },
            // What two or more lazy pages share (icons, dialogs, the form library) in one chunk,
            // rather than a dozen tiny ones that queue behind each other and the page's data.
            { name: 'shared', minShareCount: 2 },
          ],
        },
      },
    },
  },
});
