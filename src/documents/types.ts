// Inputs of the document renderers: plain data, already loaded and computed by the caller. The renderers print
// what they are given (scores, means, stars); they recompute nothing that a signature or a decision covers.

/** Calendar date 'YYYY-MM-DD' (civil date in Vietnam). */
export type IsoDate = string;
/** Instant in ISO 8601 with an offset or 'Z' ('2026-06-10T09:15:00+07:00'); printed in Vietnam time. */
export type IsoDateTime = string;

export type EvaluationLevel = 'province' | 'central';
export type StarCount = 1 | 2 | 3 | 4 | 5;
/** Only 3★–5★ are recognised and certified. */
export type CertifiedStars = 3 | 4 | 5;

/** The body a document comes from, printed top-left under Decree 30/2020 layout rules. */
export interface IssuingBody {
  /** Superior body printed above the name, e.g. "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN" above a council. */
  parentName?: string;
  /** "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "HỘI ĐỒNG …". */
  name: string;
  /** Place of the date line: "Tuyên Quang" gives "Tuyên Quang, ngày 12 tháng 6 năm 2026". */
  place: string;
}

/** Who signs: capacity lines as printed ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and the name. */
export interface Signatory {
  titleLines: string[];
  name: string;
}

export interface CertificateDocument {
  authority: IssuingBody;
  certificateNumber: string;
  decisionNumber: string;
  decisionDate: IsoDate;
  /** Date the certificate is issued (date line); validity counts from it. */
  issuedOn: IsoDate;
  /** Expiry as printed; defaults to `issuedOn` + 36 months (Decision 26/2026 Art. 4.3). */
  validTo?: IsoDate;
  productName: string;
  productCode?: string;
  productSetName: string;
  producerName: string;
  producerAddress: string;
  stars: CertifiedStars;
  score: number;
  /** Public verification page, encoded in the QR code and printed under it. */
  verifyUrl: string;
  signatory: Signatory;
}

export interface ScoredCriterion {
  code: string;
  name: string;
  /** Label of the chosen option; null when the member left the criterion unanswered. */
  chosenOption: string | null;
  points: number;
  maxPoints: number;
}

export interface ScoredPart {
  /** 'A', 'B', 'C'. */
  code: string;
  name: string;
  points: number;
  maxPoints: number;
  criteria: ScoredCriterion[];
}

export interface RejectionGate {
  text: string;
  isTicked: boolean;
}

export type CouncilRole = 'chair' | 'member' | 'secretary';

export interface ScoreSheetDocument {
  council: IssuingBody;
  level: EvaluationLevel;
  sheetId: string;
  dossierCode: string;
  productName: string;
  productCode?: string;
  productSetName: string;
  producerName: string;
  producerAddress?: string;
  member: { name: string; agency: string; role: CouncilRole };
  parts: ScoredPart[];
  total: number;
  stars: StarCount;
  /** Every rejection gate of the sheet, ticked or not. */
  gates: RejectionGate[];
  comment?: string;
  submittedAt: IsoDateTime;
  /** sha256 (hex) of the signed sheet content. */
  contentSha256: string;
  /** The earlier sheet this one re-scores, when it does. */
  supersedes?: { sheetId: string; submittedAt: IsoDateTime };
}

export interface CouncilMember {
  id: string;
  name: string;
  agency?: string;
  role: CouncilRole;
  isPresent: boolean;
  /** Why an absent member is absent. */
  absenceReason?: string;
}

/** A member who did not score one dossier (conflict of interest). */
export interface Recusal {
  memberId: string;
  dossierCode: string;
  reason: string;
}

export interface AggregatedDossier {
  dossierCode: string;
  productName: string;
  producerName: string;
  /** Each scoring member's total by member id; missing or null when the member did not score it. */
  memberTotals: Record<string, number | null>;
  mean: number;
  spread: number;
  isDivergent: boolean;
  proposedStars: StarCount;
}

export interface CouncilMinutesDocument {
  /** The council as issuing body (its parent authority above). */
  council: IssuingBody;
  /** The council's name in running text: "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thái Nguyên". */
  councilName: string;
  level: EvaluationLevel;
  minutesNumber?: string;
  /** 'written': opinions collected in writing (lấy ý kiến bằng văn bản). */
  mode: 'meeting' | 'written';
  date: IsoDate;
  venue?: string;
  roundName?: string;
  /** Required share of scoring members (chair included), in percent. */
  quorumPercent: number;
  members: CouncilMember[];
  recusals: Recusal[];
  dossiers: AggregatedDossier[];
  conclusion: string[];
}

export interface AnnexItem {
  productName: string;
  producerName: string;
  commune: string;
  province: string;
  productSetName: string;
  score: number;
  stars: CertifiedStars;
  certificateNumber: string;
}

export interface DecisionAnnexDocument {
  authority: IssuingBody;
  decisionNumber: string;
  decisionDate: IsoDate;
  /** Annex heading; defaults to the recognition list title. */
  title?: string;
  items: AnnexItem[];
}
