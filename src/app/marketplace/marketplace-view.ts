import { randomBytes } from 'node:crypto';
import type { MarketplaceRow } from '../../db/repositories/marketplaces.repository.ts';
import { type Actor, hasPermission } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';

/** A marketplace as the back-office and the audit log see it: never its secret. */
export type MarketplaceView = {
  id: string;
  name: string;
  webhookUrl: string;
  isActive: boolean;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
};

/** Returned once, when registered or when the secret is rotated. */
export type MarketplaceWithSecret = MarketplaceView & { secret: string };

export function toMarketplaceView(row: MarketplaceRow): MarketplaceView {
  return {
    id: row.id,
    name: row.name,
    webhookUrl: row.webhookUrl,
    isActive: row.isActive,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** 256 random bits; the prefix tells a leaked string for what it is. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * Marketplaces are national partners (Shopee, Tiki, Postmart, Voso…): the ministry registers them. Provinces
 * get the same webhooks for their products without registering anything themselves.
 */
export function assertCanManageMarketplaces(actor: Actor): void {
  if (!hasPermission(actor.role, 'marketplaces:manage')) {
    throw new DomainError('FORBIDDEN', 'Chỉ Văn phòng Điều phối OCOP Trung ương quản lý các sàn thương mại.');
  }
}
