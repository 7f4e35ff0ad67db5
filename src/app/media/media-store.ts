import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/** Where uploaded media (product photos) are kept; local disk under DATA_DIR/uploads by default. */
export type MediaStore = {
  put(name: string, bytes: Buffer): Promise<void>;
  open(name: string): Promise<Readable | null>;
  remove(name: string): Promise<void>;
};

const SAFE_NAME = /^[a-z0-9-]+\.(webp)$/;

export function createDiskMediaStore(root: string): MediaStore {
  const pathOf = (name: string) => {
    if (!SAFE_NAME.test(name)) throw new Error(`unsafe media name ${name}`);
    return join(root, name);
  };
  return {
    async put(name, bytes) {
      await mkdir(root, { recursive: true });
      await writeFile(pathOf(name), bytes);
    },
    async open(name) {
      if (!SAFE_NAME.test(name)) return null;
      const path = pathOf(name);
      const exists = await stat(path).then(
        (s) => s.isFile(),
        () => false,
      );
      return exists ? createReadStream(path) : null;
    },
    async remove(name) {
      await rm(pathOf(name), { force: true });
    },
  };
}
