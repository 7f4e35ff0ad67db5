export * from './admin-units.ts';
export * from './audit-log.ts';
export * from './users.ts';
