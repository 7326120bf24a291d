/**
 * The =SAKIP.* functions called as Excel calls them (ranges as rows of cells, blanks as null or
 * ""), through the functions they associate with the CustomFunctions stand-in.
 */
import assert from 'node:assert/strict';
import { associations, StandInError } from '../support/custom-functions-stand-in';
import '../../addin/functions/functions';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';

type Fn = (...args: unknown[]) => unknown;

function fn(id: string): Fn {
  const f = associations.get(id);
  assert.ok(f, `${id} is associated`);
  return f as Fn;
}

/** A cell result as text: values as they are, errors as `#VALUE! message`. */
function show(value: unknown): unknown {
  if (value instanceof StandInError) return `${value.code} ${value.message ?? ''}`.trim();
  if (Array.isArray(value)) return value.map(show);
  return value;
}

/** The result of calling `id` with `args`, or the error it throws, shown. */
function call(id: string, ...args: unknown[]): unknown {
  try {
    return show(fn(id)(...args));
  } catch (error) {
    if (error instanceof StandInError) return { thrown: show(error) };
    throw error;
  }
}

/** One cell in, one cell out: the value of a 1 × 1 result. */
function one(id: string, first: unknown, ...rest: unknown[]): unknown {
  const result = call(id, [[first]], ...rest);
  if (Array.isArray(result)) {
    assert.equal(result.length, 1, 'one row');
    assert.equal((result[0] as unknown[]).length, 1, 'one column');
    return (result[0] as unknown[])[0];
  }
  return result;
}

function assertClose(actual: unknown, expected: number): void {
  assert.equal(typeof actual, 'number', `expected a number, got ${JSON.stringify(actual)}`);
  assert.ok(Math.abs((actual as number) - expected) < 1e-9, `${String(actual)} ≠ ${expected}`);
}

describe('add-in functions: GRADE', () => {
  it('grades on exclusive bounds by default, after rounding to 2 decimals', () => {
    assert.equal(one('GRADE', 85), 'A');
    assert.equal(one('GRADE', 90), 'A');
    assert.equal(one('GRADE', 90.005), 'AA');
    assert.equal(one('GRADE', 80), 'BB');
    assert.equal(one('GRADE', 30), 'D');
    assert.equal(one('GRADE', 0), 'D');
    assert.equal(one('GRADE', 100), 'AA');
    assert.equal(one('GRADE', 90, ''), 'A');
    assert.equal(one('GRADE', 90, null), 'A');
  });

  it('grades on inclusive bounds with batas "inklusif" (any case)', () => {
    assert.equal(one('GRADE', 90, 'inklusif'), 'AA');
    assert.equal(one('GRADE', 80, 'Inklusif'), 'A');
    assert.equal(one('GRADE', 90, 'eksklusif'), 'A');
  });

  it('reads Indonesian text numbers', () => {
    assert.equal(one('GRADE', '70,96'), 'BB');
    assert.equal(one('GRADE', ' 87,34 '), 'A');
  });

  it('spills a range into the same shape, an error only where a cell is bad', () => {
    assert.deepEqual(call('GRADE', [[95, 75], [55, null], ['abc', 101]]), [
      ['AA', 'BB'],
      ['CC', '#VALUE! Nilai kosong'],
      ['#VALUE! Nilai "abc" bukan angka', '#VALUE! Nilai harus antara 0 dan 100'],
    ]);
    assert.deepEqual(call('GRADE', [[95, 75, 20]]), [['AA', 'BB', 'D']]);
  });

  it('never grades a blank, a boolean or an out-of-range score', () => {
    assert.equal(one('GRADE', null), '#VALUE! Nilai kosong');
    assert.equal(one('GRADE', ''), '#VALUE! Nilai kosong');
    assert.equal(one('GRADE', -0.01), '#VALUE! Nilai harus antara 0 dan 100');
    assert.equal(one('GRADE', 100.01), '#VALUE! Nilai harus antara 0 dan 100');
    assert.equal(one('GRADE', true), '#VALUE! Nilai "TRUE" bukan angka');
  });

  it('keeps #N/A from an input cell as #N/A', () => {
    assert.equal(one('GRADE', '#N/A'), '#N/A Nilai berisi error Excel #N/A');
    assert.equal(one('GRADE', new StandInError('#N/A')), '#N/A Nilai berisi error Excel #N/A');
    assert.equal(one('GRADE', '#DIV/0!'), '#VALUE! Nilai berisi error Excel #DIV/0!');
  });

  it('rejects an unknown batas for the whole call', () => {
    assert.deepEqual(call('GRADE', [[85], [70]], 'lebih'), {
      thrown: '#VALUE! Batas "lebih" tidak dikenal; pilihan: eksklusif, inklusif',
    });
  });
});

describe('add-in functions: LABEL and NEXTGRADE', () => {
  it('labels a predikat (any case) or a score', () => {
    assert.deepEqual(call('LABEL', [['AA', 'bb'], [87.34, '55,5']]), [
      ['Sangat Memuaskan', 'Sangat Baik'],
      ['Memuaskan', 'Cukup (Memadai)'],
    ]);
    assert.equal(one('LABEL', 'D'), 'Sangat Kurang');
    assert.equal(one('LABEL', 30.01), 'Kurang');
  });

  it('rejects text that is neither a predikat nor a number, and blanks', () => {
    assert.equal(one('LABEL', 'X'), '#VALUE! Predikat "X" tidak dikenal; pilihan: AA, A, BB, B, CC, C, D');
    assert.equal(one('LABEL', null), '#VALUE! Nilai kosong');
    assert.equal(one('LABEL', 150), '#VALUE! Nilai harus antara 0 dan 100');
  });

  it('gives the points to the next grade on the 2-decimal score', () => {
    assert.equal(one('NEXTGRADE', 70.96), 9.05);
    assert.equal(one('NEXTGRADE', 70.96, 'inklusif'), 9.04);
    assert.equal(one('NEXTGRADE', 90), 0.01);
    assert.equal(one('NEXTGRADE', 95), 0);
    assert.equal(one('NEXTGRADE', '70,96'), 9.05);
    assert.deepEqual(call('NEXTGRADE', [[0], [100], [null]]), [[30.01], [0], ['#VALUE! Nilai kosong']]);
    assert.equal(one('NEXTGRADE', -1), '#VALUE! Nilai harus antara 0 dan 100');
    assert.deepEqual(call('NEXTGRADE', [[85]], 'x'), { thrown: '#VALUE! Batas "x" tidak dikenal; pilihan: eksklusif, inklusif' });
  });
});

describe('add-in functions: ANSWER', () => {
  it('infers the type from the answer', () => {
    assert.deepEqual(call('ANSWER', [['Y', 'T', 'ya', 'Tidak']]), [[1, 0, 1, 0]]);
    assert.deepEqual(call('ANSWER', [['A', 'B', 'C', 'D', 'E']]), [[1, 0.75, 0.5, 0.25, 0]]);
    assert.deepEqual(call('ANSWER', [['AA', 'BB', 'CC']]), [[1, 0.8, 0.6]]);
    assert.equal(one('ANSWER', ' b '), 0.75);
  });

  it('reads the answer on the given type', () => {
    assert.equal(one('ANSWER', 'A', 'AA-E'), 0.9);
    assert.equal(one('ANSWER', 'B', 'AA–E'), 0.7);
    assert.equal(one('ANSWER', 'D', 'aa-e'), 0.3);
    assert.equal(one('ANSWER', 'Ya', 'Y/T'), 1);
    assert.equal(one('ANSWER', 'B', 'A-E'), 0.75);
  });

  it('rejects answers invalid for the type, unknown answers and types; blank is #N/A', () => {
    assert.equal(one('ANSWER', 'B', 'Y/T'), '#VALUE! Jawaban "B" tidak sah untuk tipe Y/T; pilihan: Y, T');
    assert.equal(one('ANSWER', 'F'), '#VALUE! Jawaban "F" tidak dikenal; pilihan: Y, T, A, B, C, D, E, AA, BB, CC');
    assert.equal(one('ANSWER', 1), '#VALUE! Jawaban "1" tidak dikenal; pilihan: Y, T, A, B, C, D, E, AA, BB, CC');
    assert.equal(one('ANSWER', null), '#N/A Jawaban kosong (belum dijawab)');
    assert.equal(one('ANSWER', '  '), '#N/A Jawaban kosong (belum dijawab)');
    assert.deepEqual(call('ANSWER', [['Y']], 'YN'), { thrown: '#VALUE! Tipe "YN" tidak dikenal; pilihan: Y/T, A-E, AA-E, A-D, M/BM, %' });
  });
});

/** Every criterion of the 88/2021 model as one column of codes, with a column of answers. */
function lke(answerOf: (code: string, type: string) => string | null): { kode: unknown[][]; jawaban: unknown[][] } {
  return {
    kode: MODEL_88_2021.criteria.map((c) => [c.code]),
    jawaban: MODEL_88_2021.criteria.map((c) => [answerOf(c.code, c.type)]),
  };
}
const BEST: Record<string, string> = { 'Y/T': 'Y', 'A-E': 'A', 'AA-E': 'AA' };

describe('add-in functions: SCORE and COMPONENT', () => {
  it('scores a fully best-answered LKE 100 and each component its weight', () => {
    const { kode, jawaban } = lke((_, type) => BEST[type]!);
    assertClose(call('SCORE', kode, jawaban), 100);
    assertClose(call('SCORE', kode, jawaban, '88/2021'), 100);
    assertClose(call('COMPONENT', kode, jawaban, 1), 30);
    assertClose(call('COMPONENT', kode, jawaban, 'Perencanaan'), 30);
    assertClose(call('COMPONENT', kode, jawaban, 'pelaporan kinerja'), 15);
    assertClose(call('COMPONENT', kode, jawaban, '4'), 25);
  });

  it('follows the worked example: 1.1 answered Y,Y,Y,Y,T,Y,Y, the rest unanswered (0)', () => {
    const answers: Record<string, string> = { '1.1.1': 'Y', '1.1.2': 'Y', '1.1.3': 'Y', '1.1.4': 'Y', '1.1.5': 'T', '1.1.6': 'Y', '1.1.7': 'Y' };
    const { kode, jawaban } = lke((code) => answers[code] ?? null);
    assertClose(call('SCORE', kode, jawaban), (6 / 7) * 6);
    assertClose(call('COMPONENT', kode, jawaban, 1), (6 / 7) * 6);
    assert.equal(call('COMPONENT', kode, jawaban, 2), 0);
  });

  it('accepts a row layout and skips rows with neither code nor answer', () => {
    assertClose(call('SCORE', [['1.1.1', null, '1.2.1']], [['Y', '', 'B']]), 6 / 7 + (0.75 / 10) * 9);
  });

  it('fails naming the code: unknown, repeated, invalid answer; an answer without a code', () => {
    assert.deepEqual(call('SCORE', [['1.1.1'], ['9.9.9']], [['Y'], ['Y']]), {
      thrown: '#VALUE! Kode kriteria "9.9.9" tidak ada di model 88/2021',
    });
    assert.deepEqual(call('SCORE', [['1.1.1'], ['1.1.1']], [['Y'], ['T']]), {
      thrown: '#VALUE! Kode kriteria 1.1.1 muncul lebih dari sekali',
    });
    assert.deepEqual(call('SCORE', [['1.1.1'], ['1.2.1']], [['B'], ['A']]), {
      thrown: '#VALUE! Jawaban "B" tidak sah untuk kriteria 1.1.1 (tipe Y/T; pilihan: Y, T)',
    });
    assert.deepEqual(call('SCORE', [['1.1.1'], [null]], [['Y'], ['A']]), { thrown: '#VALUE! Jawaban "A" tidak punya kode kriteria' });
  });

  it('fails on ranges of different sizes and an unknown model', () => {
    assert.deepEqual(call('SCORE', [['1.1.1'], ['1.1.2']], [['Y']]), {
      thrown: '#VALUE! Rentang kode (2 × 1 sel) dan rentang jawaban (1 × 1 sel) harus berukuran sama',
    });
    assert.deepEqual(call('SCORE', [['1.1.1']], [['Y']], '99/2030'), {
      thrown: '#VALUE! Model LKE "99/2030" tidak dikenal; pilihan: 88/2021, 12/2015',
    });
  });

  it('fails on an unknown or blank komponen', () => {
    const { kode, jawaban } = lke(() => null);
    assert.deepEqual(call('COMPONENT', kode, jawaban, 5), {
      thrown:
        '#VALUE! Komponen "5" tidak ada di model 88/2021; pilihan: 1 Perencanaan, 2 Pengukuran, 3 Pelaporan, 4 Evaluasi Internal',
    });
    assert.deepEqual(call('COMPONENT', kode, jawaban, null), { thrown: '#VALUE! Komponen wajib diisi' });
  });
});

describe('add-in functions: CAPAIAN and CAPAIANCATEGORY', () => {
  it('computes positive, negative (2T − R) and range-target capaian', () => {
    assert.equal(one('CAPAIAN', 100, [[85]]), 85);
    assert.equal(one('CAPAIAN', 80, [[100]]), 125);
    assert.equal(one('CAPAIAN', 10, [[8]], [['Negatif']]), 120);
    assert.equal(one('CAPAIAN', 10, [[12]], [['-']]), 80);
    assert.equal(one('CAPAIAN', 10, [[12]], [['+']]), 120);
    assert.equal(one('CAPAIAN', '80-90', [[85]]), 100);
    assertClose(one('CAPAIAN', '80 – 90', [[95]]), (95 / 90) * 100);
    assert.equal(one('CAPAIAN', '80 s.d. 90', [[72]]), 90);
  });

  it('reads Indonesian text numbers and applies batas_atas', () => {
    assert.equal(one('CAPAIAN', '1.000', [['850']]), 85);
    assert.equal(one('CAPAIAN', '12,5', [['10']]), 80);
    assert.equal(one('CAPAIAN', 80, [[100]], null, 120), 120);
    assert.equal(one('CAPAIAN', 80, [[100]], null, '110'), 110);
    assert.equal(one('CAPAIAN', 100, [[0]]), 0);
  });

  it('gives #N/A with the reason when capaian is not defined; blank is never 0', () => {
    assert.equal(one('CAPAIAN', null, [[85]]), '#N/A Target kosong');
    assert.equal(one('CAPAIAN', 0, [[85]]), '#N/A Target bernilai 0');
    assert.equal(one('CAPAIAN', 100, [['']]), '#N/A Realisasi belum diisi');
  });

  it('rejects bad input with #VALUE!', () => {
    assert.equal(one('CAPAIAN', 'banyak', [[85]]), '#VALUE! Target "banyak" bukan angka');
    assert.equal(one('CAPAIAN', 100, [['x']]), '#VALUE! Realisasi "x" bukan angka');
    assert.equal(one('CAPAIAN', 100, [[85]], [['naik']]), '#VALUE! Polaritas "naik" tidak dikenal; pilihan: Positif, Negatif, +, -');
    assert.equal(
      one('CAPAIAN', '90-80', [[85]]),
      '#VALUE! Rentang target "90-80" tidak sah (batas bawah harus lebih kecil dari batas atas)',
    );
    assert.deepEqual(call('CAPAIAN', [[100]], [[85]], null, -5), { thrown: '#VALUE! Batas atas harus lebih dari 0 (tertulis -5)' });
  });

  it('spills same-shaped ranges, a single cell applying to every row', () => {
    assert.deepEqual(
      call('CAPAIAN', [[100], [0], [null], [10]], [[85], [5], [5], [8]], [['Positif'], ['Positif'], ['Positif'], ['Negatif']]),
      [[85], ['#N/A Target bernilai 0'], ['#N/A Target kosong'], [120]],
    );
    assert.deepEqual(call('CAPAIAN', [[100]], [[50], [75]], [['-']]), [[150], [125]]);
    assert.deepEqual(call('CAPAIAN', [[100], [100]], [[85], [90], [95]]), {
      thrown: '#VALUE! Rentang target (2 × 1 sel) dan rentang realisasi (3 × 1 sel) harus berukuran sama',
    });
  });

  it('categorises a capaian on the 2-decimal value', () => {
    assert.deepEqual(call('CAPAIANCATEGORY', [[91, 90.996, 90.99], [76, 66, 51], [50.99, 0, 130]]), [
      ['Sangat Tinggi', 'Sangat Tinggi', 'Tinggi'],
      ['Tinggi', 'Sedang', 'Rendah'],
      ['Sangat Rendah', 'Sangat Rendah', 'Sangat Tinggi'],
    ]);
    assert.equal(one('CAPAIANCATEGORY', '85%'), 'Tinggi');
    assert.equal(one('CAPAIANCATEGORY', '75,5'), 'Sedang');
    assert.equal(one('CAPAIANCATEGORY', null), '#VALUE! Persen wajib diisi');
    assert.equal(one('CAPAIANCATEGORY', 'tinggi'), '#VALUE! Persen "tinggi" bukan angka');
  });
});
