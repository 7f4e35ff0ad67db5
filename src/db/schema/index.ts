export * from './admin-units.ts';
export * from './audit-log.ts';
export * from './certificates.ts';
export * from './evaluations.ts';
export * from './imports.ts';
export * from './producers.ts';
export * from './products.ts';
export * from './users.ts';
