/**
 * Forms 01, 02 and 03 of Annex III (Decision 26/2026) as flat, keyed fields. The printed forms nest their
 * fields; a flat key per field keeps the stored JSON stable and lets the dossier diff field by field.
 * Part III of Form 02 is the self-assessment score sheet, kept apart (it runs through the scoring engine).
 */
export type FormCode = '01' | '02' | '03';
export type FieldType = 'text' | 'longText' | 'number' | 'date' | 'boolean' | 'list';

export type FormField = Readonly<{
  key: string;
  vi: string;
  en: string;
  type: FieldType;
  required: boolean;
}>;

const f = (key: string, type: FieldType, required: boolean, vi: string, en: string): FormField => ({
  key,
  type,
  required,
  vi,
  en,
});

export const FORM_FIELDS: Record<FormCode, readonly FormField[]> = {
  '01': [
    f('unitName', 'text', true, 'Tên đơn vị', 'Unit name'),
    f('legalRepresentative', 'text', true, 'Họ tên người đại diện pháp lý', 'Legal representative'),
    f('position', 'text', false, 'Chức vụ', 'Position'),
    f('address', 'text', true, 'Địa chỉ liên hệ', 'Address'),
    f('phone', 'text', true, 'Điện thoại', 'Phone'),
    f('email', 'text', false, 'Email', 'E-mail'),
    f('productName', 'text', true, 'Tên sản phẩm', 'Product name'),
    f('sampleCount', 'number', false, 'Sản phẩm mẫu (số lượng)', 'Product samples (count)'),
  ],
  '02': [
    f('producerName', 'text', true, 'Tên chủ thể', 'Producer name'),
    f('organisationType', 'text', true, 'Loại hình tổ chức', 'Organisation type'),
    f('address', 'text', true, 'Địa chỉ', 'Address'),
    f('phone', 'text', false, 'Điện thoại', 'Phone'),
    f('email', 'text', false, 'Email', 'E-mail'),
    f('representativeName', 'text', true, 'Họ tên người đại diện pháp luật', 'Legal representative'),
    f('representativeGender', 'text', false, 'Giới tính', 'Gender'),
    f('representativeEthnicity', 'text', false, 'Dân tộc', 'Ethnicity'),
    f('foundedOn', 'date', false, 'Ngày thành lập', 'Founded on'),
    f('registrationNumber', 'text', false, 'Số đăng ký kinh doanh', 'Business registration number'),
    f('productDescription', 'longText', true, 'Mô tả sản phẩm, tiêu chuẩn áp dụng', 'Product and standard'),
    f('legalPapers', 'list', false, 'Giấy tờ pháp lý đã có', 'Legal papers held'),
    f('ipTitles', 'list', false, 'Quyền sở hữu trí tuệ', 'Intellectual property titles'),
    f('history', 'longText', false, 'Quá trình hình thành và phát triển', 'History'),
    f('rawMaterialArea', 'longText', false, 'Vùng nguyên liệu', 'Raw-material area'),
    f('technology', 'longText', false, 'Công nghệ, thiết bị', 'Technology and equipment'),
    f('qualityPackagingChanges', 'longText', false, 'Thay đổi chất lượng, bao bì', 'Quality and packaging'),
    f('markets', 'longText', true, 'Thị trường tiêu thụ', 'Markets'),
    f('revenue', 'number', false, 'Doanh thu năm gần nhất (đồng)', 'Revenue last year (VND)'),
    f('profit', 'number', false, 'Lợi nhuận năm gần nhất (đồng)', 'Profit last year (VND)'),
    f('businessPlan', 'longText', true, 'Kế hoạch kinh doanh', 'Business plan'),
  ],
  '03': [
    f('localRawMaterials', 'longText', true, 'Sử dụng nguyên liệu địa phương', 'Local raw materials'),
    f('localLabour', 'longText', true, 'Sử dụng lao động địa phương', 'Local labour'),
    f('ideaOrigin', 'longText', true, 'Nguồn gốc ý tưởng sản phẩm', 'Origin of the product idea'),
    f('localIdentity', 'longText', true, 'Tính đặc trưng, bản sắc địa phương', 'Local identity'),
    f('conclusion', 'longText', true, 'Kết luận và kiến nghị của UBND xã', 'Commune conclusion'),
  ],
};

export type FormValue = string | number | boolean | string[] | null;
export type FormValues = Record<string, FormValue>;

const isBlank = (v: FormValue | undefined) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

/** Problems with the values given for a form: unknown keys and wrong types (field → message). */
export function formProblems(code: FormCode, values: Readonly<Record<string, unknown>>): [string, string][] {
  const fields = new Map(FORM_FIELDS[code].map((field) => [field.key, field]));
  const problems: [string, string][] = [];
  for (const [key, value] of Object.entries(values)) {
    const field = fields.get(key);
    if (!field) {
      problems.push([key, `Mẫu ${code} không có mục "${key}".`]);
      continue;
    }
    if (value === null) continue;
    const ok =
      field.type === 'number'
        ? typeof value === 'number' && Number.isFinite(value)
        : field.type === 'boolean'
          ? typeof value === 'boolean'
          : field.type === 'list'
            ? Array.isArray(value) && value.every((v) => typeof v === 'string')
            : field.type === 'date'
              ? typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
              : typeof value === 'string' && value.length <= 10_000;
    if (!ok) problems.push([key, `"${field.vi}" không đúng kiểu dữ liệu.`]);
  }
  return problems;
}

/** Something still to fill in, in both languages ("Mẫu 01: Tên sản phẩm" / "Form 01: Product name"). */
export type MissingItem = Readonly<{ vi: string; en: string }>;

/** The required fields left blank, labelled in both languages. */
export function missingFieldItems(code: FormCode, values: Readonly<FormValues> | null): MissingItem[] {
  return FORM_FIELDS[code]
    .filter((field) => field.required && isBlank(values?.[field.key]))
    .map((field) => ({ vi: `Mẫu ${code}: ${field.vi}`, en: `Form ${code}: ${field.en}` }));
}

/** The Vietnamese labels of the required fields left blank. */
export function missingFields(code: FormCode, values: Readonly<FormValues> | null): string[] {
  return missingFieldItems(code, values).map((item) => item.vi);
}

export type FieldChange = Readonly<{
  form: FormCode;
  key: string;
  label: string;
  before: FormValue;
  after: FormValue;
}>;

/** What changed between two versions of a form (an upgrade or re-evaluation against the last dossier). */
export function formChanges(
  code: FormCode,
  before: Readonly<FormValues>,
  after: Readonly<FormValues>,
): FieldChange[] {
  const same = (a: FormValue | undefined, b: FormValue | undefined) =>
    JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return FORM_FIELDS[code]
    .filter((field) => !same(before[field.key], after[field.key]))
    .map((field) => ({
      form: code,
      key: field.key,
      label: field.vi,
      before: before[field.key] ?? null,
      after: after[field.key] ?? null,
    }));
}
