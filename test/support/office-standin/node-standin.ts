/// <reference types="office-js" />
/** The stand-in in Node, typed as Office.js, for running the pane's Excel code without a browser. */
import { createExcel, type SyncRecorder } from './excel-run';
import type { WorkbookSnapshot } from './snapshot';
import { WorkbookModel } from './workbook-model';

export interface NodeStandin {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly model: WorkbookModel;
  readonly recorder: SyncRecorder;
}

export function nodeStandin(snapshot: WorkbookSnapshot): NodeStandin {
  const excel = createExcel(WorkbookModel.fromSnapshot(snapshot));
  return { run: (batch) => excel.run(batch), model: excel.model, recorder: excel.recorder };
}
