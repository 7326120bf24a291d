/**
 * The custom functions metadata Excel reads, generated from the registry: `functions.json`
 * (Indonesian, the add-in's default locale) and `functions.en-US.json` (English), which the
 * manifest names as the en-US override of the metadata URL. Written by the build (webpack.config.js)
 * and held to test/golden/ by test/addin/functions-metadata.test.ts.
 */
import type { Lang } from '../../shared';
import { helpUrlOf, type FunctionSpec, type ParameterSpec } from './function-spec';
import { FUNCTION_REGISTRY } from './registry';

/** File name of the metadata of a language under the add-in's base URL. */
export const METADATA_FILE: Readonly<Record<Lang, string>> = { id: 'functions.json', en: 'functions.en-US.json' };

export interface MetadataParameter {
  readonly description: string;
  readonly dimensionality?: 'matrix';
  readonly name: string;
  readonly optional?: true;
  readonly type: 'any' | 'string';
}

export interface MetadataFunction {
  readonly description: string;
  readonly helpUrl: string;
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly MetadataParameter[];
  readonly result: { readonly dimensionality: 'matrix' } | { readonly type: 'number' };
}

export interface FunctionsMetadata {
  readonly allowCustomDataForDataTypeAny: true;
  readonly functions: readonly MetadataFunction[];
}

function parameterMetadata(parameter: ParameterSpec, lang: Lang): MetadataParameter {
  const matrix = parameter.kind === 'cells' || parameter.kind === 'range';
  return {
    description: parameter.description[lang],
    ...(matrix ? { dimensionality: 'matrix' as const } : {}),
    name: parameter.name,
    ...(parameter.optional ? { optional: true as const } : {}),
    type: parameter.kind === 'text' ? 'string' : 'any',
  };
}

function functionMetadata(spec: FunctionSpec, lang: Lang): MetadataFunction {
  return {
    description: spec.description[lang],
    helpUrl: helpUrlOf(spec.id),
    id: spec.id,
    name: spec.id,
    parameters: spec.parameters.map((p) => parameterMetadata(p, lang)),
    result: spec.result === 'cells' ? { dimensionality: 'matrix' } : { type: 'number' },
  };
}

export function functionsMetadata(lang: Lang, registry: readonly FunctionSpec[] = FUNCTION_REGISTRY): FunctionsMetadata {
  return { allowCustomDataForDataTypeAny: true, functions: registry.map((spec) => functionMetadata(spec, lang)) };
}

/** The metadata file's text (4-space JSON, as the custom-functions-metadata generator wrote it, and a final newline). */
export function metadataText(lang: Lang, registry: readonly FunctionSpec[] = FUNCTION_REGISTRY): string {
  return `${JSON.stringify(functionsMetadata(lang, registry), null, 4)}\n`;
}
