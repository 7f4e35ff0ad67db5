/** Trade-promotion events (hội chợ, triển lãm, hội nghị kết nối cung cầu). */
export const TRADE_EVENT_KINDS = [
  { code: 'fair', labelVi: 'Hội chợ', labelEn: 'Fair' },
  { code: 'exhibition', labelVi: 'Triển lãm', labelEn: 'Exhibition' },
  { code: 'supply_demand', labelVi: 'Kết nối cung cầu', labelEn: 'Supply–demand connection' },
  { code: 'other', labelVi: 'Sự kiện khác', labelEn: 'Other event' },
] as const;
export type TradeEventKind = (typeof TRADE_EVENT_KINDS)[number]['code'];
export const TRADE_EVENT_KIND_CODES = TRADE_EVENT_KINDS.map((k) => k.code) as [
  TradeEventKind,
  ...TradeEventKind[],
];
