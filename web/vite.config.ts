import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The Fastify server serves the build output (web/dist) under /admin/ and the API under /api/v1 (same origin).
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // ECharts and its renderer (zrender) load only with the dashboards; two chunks of their own keep each
        // under the size warning and cacheable across releases of the dashboard code.
        codeSplitting: {
          groups: [
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/]echarts[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    // `npm run dev --workspace web` → http://localhost:5173/admin/ with the API proxied to a local server.
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
