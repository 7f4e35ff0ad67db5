import { z } from 'zod';
import { ROLES } from '../../../domain/auth/roles.ts';
import { UserSchema } from '../auth/schemas.ts';

export const UserIdParams = z.object({ id: z.uuid('Mã người dùng phải là UUID') });

export const ListUsersQuery = z.object({
  role: z.enum(ROLES).optional(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  q: z.string().max(100).optional().describe('Tên hiển thị hoặc tên đăng nhập, không cần dấu'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const UserListSchema = z.object({ items: z.array(UserSchema), total: z.number().int() });

export const CreateUserBody = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(60)
    .regex(/^[a-zA-Z0-9._-]+$/, 'Chỉ dùng chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang'),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(200),
  role: z.enum(ROLES),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullish(),
  communeCode: z
    .string()
    .regex(/^\d{5}$/)
    .nullish(),
  producerId: z.uuid().nullish().describe('Với vai trò producer: chủ thể mà tài khoản đại diện'),
  email: z.email('Email không hợp lệ').max(200).nullish().describe('Nhận thông báo qua thư điện tử'),
});

export const UpdateUserBody = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    isActive: z.boolean().optional(),
    password: z.string().min(1).max(200).optional(),
    email: z.email('Email không hợp lệ').max(200).nullish(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Không có gì để cập nhật' });
