// Semantic checks of one criterion: option points, cases and star markers.
import { decimalPlaces, MAX_POINT_DECIMALS } from './points.ts';
import type { Criterion, CriterionOption } from './types.ts';

function checkPoints(where: string, criterion: Criterion, problems: string[]): void {
  criterion.options.forEach((option, i) => {
    if (option.points < 0 || option.points > criterion.maxPoints) {
      problems.push(
        `${where}: option ${i} ("${option.label}") is worth ${option.points}, outside 0–${criterion.maxPoints}`,
      );
    }
    if (decimalPlaces(option.points) === null) {
      problems.push(`${where}: option ${i} has more than ${MAX_POINT_DECIMALS} decimals (${option.points})`);
    }
  });
}

/** Options of one case (or all options) must rise with points and reach the criterion maximum. */
function checkRun(where: string, criterion: Criterion, run: CriterionOption[], problems: string[]): void {
  if (run.length === 0) {
    problems.push(`${where}: no options`);
    return;
  }
  const points = run.map((o) => o.points);
  if (points.some((p, i) => i > 0 && p < (points[i - 1] ?? p))) {
    problems.push(`${where}: option points must not decrease in sheet order (${points.join(', ')})`);
  }
  if (Math.max(...points) !== criterion.maxPoints) {
    problems.push(
      `${where}: highest option is worth ${Math.max(...points)}, not the maximum ${criterion.maxPoints}`,
    );
  }
  checkMarkers(where, run, problems);
}

/** Markers rise with points: a higher level sits on a strictly higher option; none is worth 0. */
function checkMarkers(where: string, run: CriterionOption[], problems: string[]): void {
  let previous: CriterionOption | undefined;
  for (const option of run) {
    if (option.minStarFor === null) continue;
    if (option.points <= 0) {
      problems.push(
        `${where}: the ${option.minStarFor}★ minimum "${option.label}" is worth 0 and can never fail`,
      );
    }
    if (previous?.minStarFor != null) {
      if (option.minStarFor <= previous.minStarFor) {
        problems.push(
          `${where}: marker ${option.minStarFor}★ on "${option.label}" does not rise above ${previous.minStarFor}★`,
        );
      } else if (option.points <= previous.points) {
        problems.push(
          `${where}: the ${option.minStarFor}★ minimum is not worth more than the ${previous.minStarFor}★ one`,
        );
      }
    }
    previous = option;
  }
}

/** Problems with one criterion; `levels` are the star levels that may carry minimums (certified bands). */
export function checkCriterion(where: string, criterion: Criterion, levels: readonly number[]): string[] {
  const problems: string[] = [];
  if (!(criterion.maxPoints > 0)) problems.push(`${where}: maximum must be positive`);
  checkPoints(where, criterion, problems);
  for (const option of criterion.options) {
    if (option.minStarFor !== null && !levels.includes(option.minStarFor)) {
      problems.push(
        `${where}: marker ${option.minStarFor}★ on "${option.label}" is not a certified level (${levels.join(', ')})`,
      );
    }
  }
  const cases = criterion.cases ?? [];
  if (cases.length === 0) {
    if (criterion.options.some((o) => o.case !== undefined)) {
      problems.push(`${where}: an option names a case but the criterion has no cases`);
    }
    checkRun(where, criterion, criterion.options, problems);
    return problems;
  }
  const codes = cases.map((c) => c.code);
  if (new Set(codes).size !== codes.length) problems.push(`${where}: repeated case codes`);
  for (const option of criterion.options) {
    if (option.case === undefined || !codes.includes(option.case)) {
      problems.push(`${where}: option "${option.label}" must name one of the cases ${codes.join(', ')}`);
    }
  }
  for (const c of cases) {
    checkRun(
      `${where} case ${c.code}`,
      criterion,
      criterion.options.filter((o) => o.case === c.code),
      problems,
    );
  }
  return problems;
}
