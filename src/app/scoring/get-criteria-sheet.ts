import { DomainError } from '../../domain/errors.ts';
import { findProductSet, latestCriteriaSet } from '../../domain/scoring/catalog.ts';
import type {
  Criterion,
  CriterionOption,
  Part,
  ProductSet,
  Section,
  StarBand,
} from '../../domain/scoring/types.ts';
import type { AppDeps } from '../deps.ts';
import { requireCriteriaSet } from './criteria-set-ref.ts';
import { type CriteriaSetInfo, criteriaSetInfo } from './list-criteria-sets.ts';

/** An option with its 0-based index: the value an answer gives for the criterion. */
export type SheetOption = CriterionOption & { index: number };
export type SheetCriterion = Omit<Criterion, 'options'> & { options: SheetOption[] };
export type SheetSection = Omit<Section, 'criteria'> & { criteria: SheetCriterion[] };
export type SheetPart = Omit<Part, 'sections'> & { sections: SheetSection[] };

/** One score sheet ("Bộ sản phẩm" N) of a criteria set, with the bands that rank its total. */
export type CriteriaSheet = Omit<ProductSet, 'parts'> & {
  criteriaSet: CriteriaSetInfo;
  starBands: StarBand[];
  parts: SheetPart[];
};

const withIndexes = (criterion: Criterion): SheetCriterion => ({
  ...criterion,
  options: criterion.options.map((option, index) => ({ ...option, index })),
});

/**
 * The whole sheet of product set `productSetId` in the criteria set named by `ref` (its id or slug; the
 * current set when absent): parts → sections → criteria → options, gates, cases, groups.
 */
export function getCriteriaSheet(
  deps: AppDeps,
  ref: string | undefined,
  productSetId: number,
): CriteriaSheet {
  const set =
    ref === undefined ? latestCriteriaSet(deps.criteriaSets) : requireCriteriaSet(deps.criteriaSets, ref);
  if (!set) throw new DomainError('CRITERIA_SET_NOT_FOUND', 'Chưa có bộ tiêu chí nào được nạp.');
  const productSet = findProductSet(set, productSetId);
  if (!productSet) {
    throw new DomainError('NOT_FOUND', `Bộ tiêu chí ${set.id} không có bộ sản phẩm số ${productSetId}.`);
  }
  return {
    ...productSet,
    criteriaSet: criteriaSetInfo(set, set === latestCriteriaSet(deps.criteriaSets)),
    starBands: set.starBands,
    parts: productSet.parts.map((part) => ({
      ...part,
      sections: part.sections.map((section) => ({ ...section, criteria: section.criteria.map(withIndexes) })),
    })),
  };
}
