// Reads each sheet's answers into per-criterion points (integer units), checking every code and index.
import type { FieldError } from '../errors.ts';
import type { CompiledCriterion, CompiledProductSet } from './compile.ts';
import type { ScoreSheet } from './evaluation-types.ts';

export interface ResolvedSheet {
  /** Points per criterion position, in units (0 when unanswered or not applicable). */
  units: number[];
  /** Chosen option index per criterion position, -1 when unanswered. */
  chosen: number[];
  /** Per criterion position: its condition scored 0 on this sheet, so it counts 0. */
  notApplicable: boolean[];
  /** Ticked gate ids, without repeats. */
  gates: string[];
}

function readAnswer(
  set: CompiledProductSet,
  key: string,
  value: unknown,
  chosen: number[],
  field: string,
): FieldError | undefined {
  const target = set.answerKeys.get(key);
  if (!target) {
    return { field, message: `Bộ sản phẩm ${set.productSet.id} không có tiêu chí mã "${key}"` };
  }
  const { compiled, caseCode } = target;
  const { code, options } = compiled.criterion;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return {
      field,
      message: `Lựa chọn phải là số nguyên (chỉ số phương án, bắt đầu từ 0), nhận được ${JSON.stringify(value)}`,
    };
  }
  const option = options[value];
  if (value < 0 || !option) {
    return {
      field,
      message: `Tiêu chí ${code} có ${options.length} phương án: chỉ số phải từ 0 đến ${options.length - 1}, nhận được ${value}`,
    };
  }
  if (caseCode !== undefined && option.case !== caseCode) {
    return {
      field,
      message: `Phương án ${value} của tiêu chí ${code} thuộc trường hợp ${option.case}, không thuộc trường hợp ${caseCode}`,
    };
  }
  return recordChoice(compiled, value, chosen, field);
}

function recordChoice(
  compiled: CompiledCriterion,
  index: number,
  chosen: number[],
  field: string,
): FieldError | undefined {
  const { code, options } = compiled.criterion;
  const previous = chosen[compiled.position] ?? -1;
  if (previous >= 0) {
    const before = options[previous]?.case;
    const now = options[index]?.case;
    const message =
      before !== undefined && now !== undefined && before !== now
        ? `Tiêu chí ${code} chỉ được chấm theo một trong hai trường hợp (đã chọn cả ${before} và ${now})`
        : `Tiêu chí ${code} được trả lời hai lần`;
    return { field, message };
  }
  chosen[compiled.position] = index;
  return undefined;
}

function readGates(set: CompiledProductSet, gates: unknown, field: string, errors: FieldError[]): string[] {
  const ticked: string[] = [];
  if (gates === undefined) return ticked;
  if (!Array.isArray(gates)) {
    errors.push({ field: `${field}.gates`, message: 'Điều kiện loại phải là danh sách mã (chuỗi)' });
    return ticked;
  }
  gates.forEach((id: unknown, i) => {
    if (typeof id !== 'string' || !set.gates.has(id)) {
      const known = [...set.gates.keys()].join(', ') || 'không có';
      errors.push({
        field: `${field}.gates[${i}]`,
        message: `Bộ sản phẩm ${set.productSet.id} không có điều kiện loại ${JSON.stringify(id)} (có: ${known})`,
      });
    } else if (!ticked.includes(id)) ticked.push(id);
  });
  return ticked;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Resolves one sheet; problems are appended to `errors` (field paths start with `field`). */
export function resolveSheet(
  set: CompiledProductSet,
  sheet: ScoreSheet | undefined,
  field: string,
  errors: FieldError[],
): ResolvedSheet {
  const count = set.criteria.length;
  const chosen = new Array<number>(count).fill(-1);
  const answers: unknown = sheet?.answers ?? {};
  if (!isRecord(answers)) {
    errors.push({
      field: `${field}.answers`,
      message: 'Câu trả lời phải là đối tượng { "mã tiêu chí": chỉ số phương án }',
    });
  }
  for (const [key, value] of Object.entries(isRecord(answers) ? answers : {})) {
    const error = readAnswer(set, key, value, chosen, `${field}.answers.${key}`);
    if (error) errors.push(error);
  }
  const units = new Array<number>(count).fill(0);
  const notApplicable = new Array<boolean>(count).fill(false);
  // Sheet order: a condition always comes before the criterion it governs (checked on load).
  for (const compiled of set.criteria) {
    const { position, conditionPosition } = compiled;
    if (conditionPosition >= 0 && units[conditionPosition] === 0) {
      notApplicable[position] = true;
      continue;
    }
    const index = chosen[position] ?? -1;
    units[position] = index >= 0 ? (compiled.optionUnits[index] ?? 0) : 0;
  }
  return { units, chosen, notApplicable, gates: readGates(set, sheet?.gates, field, errors) };
}
