import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CriteriaDataError,
  DEFAULT_CRITERIA_DIR,
  findCriteriaSet,
  findProductSet,
  parseCriteriaFile,
  readCriteriaSets,
} from './criteria-files.ts';

const FILE = 'decision-26-2026.json';
const original = readFileSync(join(DEFAULT_CRITERIA_DIR, FILE));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noExplicitAny: the corruptions below edit raw JSON freely.
type Raw = any;

/** A criterion of the raw file, by product set id and code. */
function raw(data: Raw, setId: number, code: string): Raw {
  for (const part of data.productSets[setId - 1].parts) {
    for (const section of part.sections) {
      const found = section.criteria.find((c: Raw) => c.code === code);
      if (found) return found;
    }
  }
  throw new Error(`no ${code} in ${setId}`);
}

function problemsAfter(corrupt: (data: Raw) => void): string[] {
  const data = JSON.parse(original.toString('utf8'));
  corrupt(data);
  try {
    parseCriteriaFile(FILE, Buffer.from(JSON.stringify(data)));
  } catch (error) {
    if (error instanceof CriteriaDataError) return error.problems;
    throw error;
  }
  return [];
}

describe('readCriteriaSets', () => {
  const sets = readCriteriaSets();
  const set = sets[0];

  it('reads 26/2026/QĐ-TTg with its 26 product sets, typed and counted as the README says', () => {
    expect(sets.map((s) => s.id)).toEqual(['26/2026/QĐ-TTg']);
    expect(set).toMatchObject({ effectiveFrom: '2026-05-22', dataVersion: '1.0.0' });
    expect(set?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(set?.starBands.map((b) => [b.stars, b.min, b.certified])).toEqual([
      [5, 90, true],
      [4, 70, true],
      [3, 50, true],
      [2, 30, false],
      [1, 0, false],
    ]);
    const leaves = set?.productSets.flatMap((p) =>
      p.parts.flatMap((a) => a.sections.flatMap((s) => s.criteria)),
    );
    const options = leaves?.flatMap((c) => c.options) ?? [];
    expect([set?.productSets.length, leaves?.length, options.length]).toEqual([26, 787, 2579]);
    expect(options.filter((o) => o.minStarFor !== null)).toHaveLength(575);
    expect(set?.productSets.flatMap((p) => p.gates)).toHaveLength(71);
    expect(leaves?.filter((c) => c.appliesWhen)).toHaveLength(25);
  });

  it('finds sets by decision and product sets by id', () => {
    expect(findCriteriaSet(sets, '26/2026/QĐ-TTg')).toBe(set);
    expect(findCriteriaSet(sets, '148/QĐ-TTg')).toBeUndefined();
    if (!set) throw new Error('no set');
    expect(findProductSet(set, 13)?.name).toBe('Cà phê, ca cao');
    expect(findProductSet(set, 16)?.gates.map((g) => g.id)).toEqual(['dossier', 'section:6']);
    expect(findProductSet(set, 27)).toBeUndefined();
  });

  it('reads every *.json of a folder and refuses one decision in two files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'criteria-'));
    dirs.push(dir);
    copyFileSync(join(DEFAULT_CRITERIA_DIR, FILE), join(dir, FILE));
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    expect(readCriteriaSets(dir)).toHaveLength(1);
    copyFileSync(join(DEFAULT_CRITERIA_DIR, FILE), join(dir, 'copy.json'));
    expect(() => readCriteriaSets(dir)).toThrow(/decision 26\/2026\/QĐ-TTg is in several files/);
  });
});

describe('a corrupted copy is refused with every problem listed', () => {
  it.each([
    {
      name: 'an option above its maximum (the transcript typo of set 4, 7)',
      corrupt: (d: Raw) => {
        raw(d, 4, '7').options[2].points = 13;
      },
      problems: [
        'product set 4 criterion 7: option 2 ("Có trên 2 chỉ tiêu") is worth 13, outside 0–3',
        'product set 4 criterion 7: highest option is worth 13, not the maximum 3',
        'product set 4: the best sheet scores 110, the set says 100, the parts 100',
      ],
    },
    {
      name: 'a section that no longer sums (set 2, 1.1 max 4)',
      corrupt: (d: Raw) => {
        raw(d, 2, '1.1').maxPoints = 4;
      },
      problems: [
        'product set 2 section 1: criteria sum to 19, not the section maximum 18',
        'product set 2 criterion 1.1: highest option is worth 3, not the maximum 4',
      ],
    },
    {
      name: 'a part maximum that differs from Điều 3',
      corrupt: (d: Raw) => {
        d.partDefinitions[0].maxPoints = 35;
      },
      problems: [
        'partDefinitions: parts sum to 95, not 100',
        'product set 1 part A: maximum 40, the decision says 35',
      ],
    },
    {
      name: 'markers that do not rise with points',
      corrupt: (d: Raw) => {
        raw(d, 1, '1.5').options[3].minStarFor = 4;
      },
      problems: ['product set 1 criterion 1.5: marker 4★ on "Có hợp đồng liên kết trên 75% sản lượng'],
    },
    {
      name: 'a marker for an uncertified level',
      corrupt: (d: Raw) => {
        raw(d, 3, '1.1').options[0].minStarFor = 2;
      },
      problems: ['product set 3 criterion 1.1: marker 2★ on'],
    },
    {
      name: 'a marker on a 0-point option',
      corrupt: (d: Raw) => {
        raw(d, 1, '1.2').options[0].minStarFor = 3;
      },
      problems: [
        'product set 1 criterion 1.2: the 3★ minimum "Không được cấp giấy chứng nhận chất lượng" is worth 0',
      ],
    },
    {
      name: 'a set-26 option without its case',
      corrupt: (d: Raw) => {
        delete raw(d, 26, '8').options[3].case;
      },
      problems: [
        'product set 26 criterion 8: option "Đáp ứng đủ điều kiện',
        'product set 26 criterion 8 case b: highest',
      ],
    },
    {
      name: 'a group whose leaves do not sum (set 11, 6.2)',
      corrupt: (d: Raw) => {
        d.productSets[10].parts[2].sections[0].groups[1].maxPoints = 10;
      },
      problems: ['product set 11 section 6 group 6.2: leaves sum to 11, not 10'],
    },
    {
      name: 'a condition whose subject no criterion names',
      corrupt: (d: Raw) => {
        raw(d, 5, '5.1').name = 'Câu chuyện';
      },
      problems: [
        'product set 5 criterion 5.2: applies only when "câu chuyện sản phẩm", no earlier criterion',
      ],
    },
    {
      name: 'a gate on an unknown criterion',
      corrupt: (d: Raw) => {
        d.productSets[0].gates[1].criterionCode = '2.9';
      },
      problems: ['product set 1 gate criterion:2.9: unknown criterion 2.9'],
    },
    {
      name: 'a band that does not start above the one below',
      corrupt: (d: Raw) => {
        d.starBands[1].min = 95;
      },
      problems: ['starBands: 5★ must start above 4★'],
    },
  ])('$name', ({ corrupt, problems }) => {
    const found = problemsAfter(corrupt);
    for (const expected of problems)
      expect(
        found.some((p) => p.startsWith(expected)),
        found.join('\n'),
      ).toBe(true);
  });

  it.each([
    [
      (d: Raw) => (raw(d, 1, '1.1').options[0].points = '1'),
      'productSets[0].parts[0].sections[0].criteria[0].options[0].points',
    ],
    [
      (d: Raw) => (raw(d, 1, '1.1').options[0].minStarfor = 3),
      'productSets[0].parts[0].sections[0].criteria[0].options[0]',
    ],
    [(d: Raw) => (d.productSets[0].gates[0].effect = 'ban'), 'productSets[0].gates[0].effect'],
    [(d: Raw) => (d.effectiveFrom = '22/05/2026'), 'effectiveFrom'],
    [
      (d: Raw) => delete d.productSets[2].parts[1].sections[0].criteria,
      'productSets[2].parts[1].sections[0].criteria',
    ],
  ])('structure: %# → %s', (corrupt, path) => {
    const found = problemsAfter(corrupt);
    expect(
      found.some((p) => p.startsWith(`${path}: `)),
      found.join('\n'),
    ).toBe(true);
  });

  it('names the file and every problem in the message', () => {
    expect(() => parseCriteriaFile(FILE, Buffer.from('{"decision":'))).toThrow(
      /decision-26-2026.json: 1 problem/,
    );
    const error = (() => {
      try {
        const data = JSON.parse(original.toString('utf8'));
        raw(data, 4, '7').options[2].points = 13;
        raw(data, 11, '6.1.1').options[1].points = 11;
        parseCriteriaFile(FILE, Buffer.from(JSON.stringify(data)));
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(
      /^decision-26-2026.json: 7 problem\(s\) in the criteria data\n {2}- product set 4/,
    );
    expect(error?.message).toContain('product set 11 criterion 6.1.1');
  });
});
