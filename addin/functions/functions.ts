/// <reference types="custom-functions-runtime" />
/**
 * The `=SAKIP.*` custom functions as Excel sees them: every function of the registry
 * (`registry.ts`) associated with its id, as the Excel-callable wrapper of its implementation
 * (`excel-function.ts`). Runs in the shared runtime, beside the task pane.
 */
import { excelFunction } from './excel-function';
import { FUNCTION_REGISTRY } from './registry';

for (const spec of FUNCTION_REGISTRY) CustomFunctions.associate(spec.id, excelFunction(spec));
