import { hash, verify } from '@node-rs/argon2';

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  /** With a null hash (unknown user) a real hash is still checked, so both failures take as long. */
  verify(passwordHash: string | null, password: string): Promise<boolean>;
};

/** argon2id with the library defaults (m=19 MiB, t=2, p=1: the OWASP minimum). */
export function createArgon2Hasher(): PasswordHasher {
  let dummyHash: Promise<string> | undefined;
  return {
    hash: (password) => hash(password),
    verify: async (passwordHash, password) => {
      if (passwordHash === null) {
        dummyHash ??= hash('no such user: timing equaliser');
        await verify(await dummyHash, password).catch(() => false);
        return false;
      }
      try {
        return await verify(passwordHash, password);
      } catch {
        return false;
      }
    },
  };
}
