import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createUser } from '../app/users/create-user.ts';
import { startServices } from '../bootstrap.ts';
import type { AppConfig } from '../config/env.ts';
import { ROLES, type Role } from '../domain/auth/roles.ts';
import { isDomainError } from '../domain/errors.ts';

async function readPassword(): Promise<string> {
  const fromEnv = process.env.OCOP_PASSWORD;
  if (fromEnv) return fromEnv;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  try {
    return (await rl.question('Mật khẩu / Password: ')).trim();
  } finally {
    rl.close();
  }
}

/** `ocop user create`: the way to make the first ministry admin on a new installation. */
export async function runUserCreate(config: AppConfig, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      province: { type: 'string' },
      commune: { type: 'string' },
      'display-name': { type: 'string' },
      producer: { type: 'string' },
    },
  });
  const role = values.role as Role | undefined;
  if (!values.username || !role || !ROLES.includes(role)) {
    console.error(`Cần --username và --role (${ROLES.join(', ')}).`);
    return 64;
  }
  const password = await readPassword();
  const services = await startServices({ ...config, demoData: false });
  try {
    const user = await createUser(
      services.deps,
      null,
      { id: null, label: `cli:${process.env.USER ?? 'operator'}` },
      {
        username: values.username,
        displayName: values['display-name'] ?? values.username,
        password,
        role,
        provinceCode: values.province ?? null,
        communeCode: values.commune ?? null,
        producerId: values.producer ?? null,
      },
    );
    console.log(JSON.stringify(user, null, 2));
    return 0;
  } catch (error) {
    if (isDomainError(error)) {
      console.error(`${error.code}: ${error.detail}`);
      return 1;
    }
    throw error;
  } finally {
    await services.close();
  }
}
