import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppDeps } from '../deps.ts';
import type { MediaStore } from '../media/media-store.ts';

/** Keys are random (48 hex digits): never derived from the content, the producer or the file name. */
const KEY = /^[a-f0-9]{48}$/;

/**
 * Evidence files, kept apart from the public product photos: under DATA_DIR/uploads/evidence, a folder no
 * public route serves. They leave only through the authenticated download routes after an access check.
 * (The shared media store accepts only WebP photo names, so evidence has its own store of the same shape.)
 */
export function createEvidenceFileStore(root: string): MediaStore {
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new Error(`unsafe evidence key ${key}`);
    return join(root, `${key}.bin`);
  };
  return {
    async put(key, bytes) {
      await mkdir(root, { recursive: true });
      await writeFile(pathOf(key), bytes, { flag: 'wx' });
    },
    async open(key) {
      if (!KEY.test(key)) return null;
      const path = pathOf(key);
      const exists = await stat(path).then(
        (s) => s.isFile(),
        () => false,
      );
      return exists ? createReadStream(path) : null;
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

export function evidenceFilesOf(deps: AppDeps): MediaStore {
  return createEvidenceFileStore(join(deps.config.dataDir, 'uploads', 'evidence'));
}
