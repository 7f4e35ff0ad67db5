import { z } from 'zod';
import { ROLES } from '../../../domain/auth/roles.ts';

export const UserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    provinceCode: z.string().nullable(),
    communeCode: z.string().nullable(),
    producerId: z.uuid().nullable(),
    email: z.string().nullable(),
    isActive: z.boolean(),
  })
  .meta({ id: 'User' });

export const LoginBodySchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const SessionResponseSchema = z.object({ user: UserSchema, csrfToken: z.string() });
