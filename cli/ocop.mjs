#!/usr/bin/env node
// Runs src/cli/main.ts through tsx (Node 20 cannot strip TypeScript types itself).
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
