// Public pages of the portal, served by the same server as the back office (Vietnamese paths).

/** The stamp verification page a stamp's QR code opens. */
export const verifyPageHref = (code: string): string => `/v/${encodeURIComponent(code)}`;

export const productPageHref = (slug: string): string => `/san-pham/${encodeURIComponent(slug)}`;

export const salePointPageHref = (slug: string): string => `/diem-ban/${encodeURIComponent(slug)}`;

/** The public calendar of fairs and trade events. */
export const EVENTS_PAGE_HREF = '/su-kien';
