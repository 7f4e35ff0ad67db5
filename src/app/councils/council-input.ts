import type { CouncilRole } from '../../db/schema/councils.ts';

export type CouncilSeatInput = Readonly<{
  userId: string;
  role: CouncilRole;
  agency?: string | null | undefined;
  position?: string | null | undefined;
}>;

export type CouncilInput = Readonly<{
  level: 'province' | 'central';
  provinceCode?: string | null | undefined;
  name: string;
  establishedBy?: string | null | undefined;
  establishedOn?: string | null | undefined;
  quorumPercent?: number | undefined;
  members: readonly CouncilSeatInput[];
}>;
