import { defineConfig } from 'drizzle-kit';

// drizzle-kit is used only to *generate* migrations; the app applies them itself on start (both engines).
// DRIZZLE_OUT lets scripts/check-migrations.ts generate into a scratch copy to prove schema = migrations.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: process.env.DRIZZLE_OUT ?? './src/db/migrations',
  casing: 'snake_case',
});
