import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The API server in development; Vite forwards API calls and the OIDC redirects to it. */
const API_ORIGIN = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': API_ORIGIN,
      '/auth': API_ORIGIN,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks cache better between releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'nl-design-system', test: /node_modules[\\/]@utrecht[\\/]/ },
          ],
        },
      },
    },
  },
});
