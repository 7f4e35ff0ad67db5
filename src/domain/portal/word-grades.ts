// How well one typed word matches each word of the catalogue's vocabulary. Grading the (small) vocabulary
// once per query, instead of every product name, keeps typo tolerance cheap: cards then only look grades up.
import { withinDistance } from './edit-distance.ts';

export const GRADE_EXACT = 0;
export const GRADE_PREFIX = 1;
/** Inside the word ("25" in "st25"). */
export const GRADE_INFIX = 2;
export const GRADE_FUZZY = 3;
export const GRADE_NONE = 255;

/**
 * Edits tolerated for a typed word: none below 4 letters or with a digit (codes and numbers such as "ST25"
 * must be typed right), 1 up to 7 letters, then 2.
 */
export function typoBudget(typed: string): number {
  if (typed.length < 4 || /\d/.test(typed)) return 0;
  return typed.length < 8 ? 1 : 2;
}

/** The grade of folded vocabulary word `candidate` for folded typed word `typed`, typos excluded. */
export function gradeExactly(typed: string, candidate: string): number {
  if (candidate === typed) return GRADE_EXACT;
  if (candidate.startsWith(typed)) return GRADE_PREFIX;
  // Inside a word only for codes and longer fragments: a syllable such as "ong" is inside too many others.
  if ((typed.length >= 4 || /\d/.test(typed)) && candidate.includes(typed)) return GRADE_INFIX;
  return GRADE_NONE;
}

/** The grade of `candidate` when `typed` may carry a typo. */
export function gradeWord(typed: string, candidate: string): number {
  const exactly = gradeExactly(typed, candidate);
  if (exactly !== GRADE_NONE) return exactly;
  const budget = typoBudget(typed);
  if (budget === 0) return GRADE_NONE;
  if (withinDistance(typed, candidate, budget)) return GRADE_FUZZY;
  // A word still being typed with a typo: compare with the candidate's beginning of the same length.
  if (typed.length >= 5 && candidate.length > typed.length) {
    if (withinDistance(typed, candidate.slice(0, typed.length), 1)) return GRADE_FUZZY;
  }
  return GRADE_NONE;
}

/**
 * Grades of every vocabulary word for one typed word (index = word id). Typos are looked for only when the
 * word is found nowhere as typed (not even as the start of a word): "rung" then means "rừng", not "hùng".
 */
export function gradeVocabulary(vocabulary: readonly string[], typed: string): Uint8Array {
  const grades = new Uint8Array(vocabulary.length);
  let found = false;
  for (let id = 0; id < vocabulary.length; id++) {
    const grade = gradeExactly(typed, vocabulary[id] ?? '');
    grades[id] = grade;
    if (grade <= GRADE_PREFIX) found = true;
  }
  if (found || typoBudget(typed) === 0) return grades;
  for (let id = 0; id < vocabulary.length; id++) {
    if (grades[id] === GRADE_NONE) grades[id] = gradeWord(typed, vocabulary[id] ?? '');
  }
  return grades;
}
