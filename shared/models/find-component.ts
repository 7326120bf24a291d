/** A component of a model named by its number (`1`, `"1"`) or its name (`Perencanaan`, `Perencanaan Kinerja`), any case. */
import type { Component, EvaluationModel } from './model';

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

export function findComponent(model: EvaluationModel, key: number | string): Component | undefined {
  if (typeof key === 'number') return model.components.find((c) => c.number === key);
  const wanted = normalise(key);
  if (wanted === '') return undefined;
  if (/^\d+$/.test(wanted)) return model.components.find((c) => c.number === Number(wanted));
  return model.components.find((c) => normalise(c.name) === wanted || normalise(c.shortName) === wanted);
}
