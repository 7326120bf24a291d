/**
 * The historical model PermenPANRB No. 12 Tahun 2015 (scoring.md §1), for comparison only:
 * components and weights, no criteria list (a city supplies one as a custom model).
 */
import type { Component, EvaluationModel } from './model';

/** Pemenuhan : Kualitas : Implementasi = 20 : 50 : 30 of the component weight. */
function splitComponent(number: number, name: string, shortName: string, weight: number): Component {
  return {
    number,
    name,
    shortName,
    weight,
    subComponents: [
      { slot: 1, name: 'Pemenuhan', weight: (weight * 20) / 100 },
      { slot: 2, name: 'Kualitas', weight: (weight * 50) / 100 },
      { slot: 3, name: 'Implementasi', weight: (weight * 30) / 100 },
    ],
  };
}

export const MODEL_12_2015: EvaluationModel = {
  id: '12/2015',
  name: 'PermenPANRB No. 12 Tahun 2015',
  components: [
    splitComponent(1, 'Perencanaan Kinerja', 'Perencanaan', 30),
    splitComponent(2, 'Pengukuran Kinerja', 'Pengukuran', 25),
    splitComponent(3, 'Pelaporan Kinerja', 'Pelaporan', 15),
    splitComponent(4, 'Evaluasi Internal', 'Evaluasi Internal', 10),
    {
      number: 5,
      name: 'Capaian Kinerja',
      shortName: 'Capaian Kinerja',
      weight: 20,
      subComponents: [
        { slot: 1, name: 'Output', weight: 7.5 },
        { slot: 2, name: 'Outcome', weight: 12.5 },
      ],
    },
  ],
  criteria: [],
  rules: [],
};
