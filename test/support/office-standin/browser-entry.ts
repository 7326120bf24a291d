/**
 * The stand-in as the page sees it: defines `Office`, `Excel`, `OfficeExtension` and
 * `CustomFunctions` from the snapshot in `globalThis.__OFFICE_STANDIN_CONFIG__`, and exposes
 * `globalThis.__officeStandin` for the test to read the workbook, the selection and the syncs.
 */
import { createExcel } from './excel-run';
import { OfficeError } from './office-error';
import { CONFIG_GLOBAL, NO_FILL, STATE_GLOBAL, type StandinConfig } from './snapshot';
import { WorkbookModel } from './workbook-model';

const global = globalThis as unknown as Record<string, unknown>;
const config = global[CONFIG_GLOBAL] as StandinConfig | undefined;
if (!config) throw new Error(`The Office.js stand-in needs globalThis.${CONFIG_GLOBAL}`);

const model = WorkbookModel.fromSnapshot(config.workbook);
const excel = createExcel(model);
const customFunctions = new Map<string, unknown>();

/** Office resolves onReady once it is initialised and the page is parsed. */
const ready = new Promise<{ host: string; platform: string }>((resolve) => {
  const done = () => resolve({ host: 'Excel', platform: 'OfficeOnline' });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done, { once: true });
  else done();
});

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

global['OfficeExtension'] = { Error: OfficeError };
global['Excel'] = { run: excel.run };
global['Office'] = {
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
  context: {
    displayLanguage: config.displayLanguage ?? 'id-ID',
    document: { url: config.documentUrl ?? '' },
    // The API sets the stand-in implements what the pane uses of (merged areas: ExcelApi 1.13).
    requirements: { isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && Number((version ?? '1.1').split('.')[1] ?? 0) <= 13 },
  },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    return ready.then((info) => {
      callback?.(info);
      return info;
    });
  },
};
global['CustomFunctions'] = {
  associate(idOrMap: string | Record<string, unknown>, fn?: unknown) {
    if (typeof idOrMap === 'string') customFunctions.set(idOrMap.toUpperCase(), fn);
    else for (const [id, f] of Object.entries(idOrMap)) customFunctions.set(id.toUpperCase(), f);
  },
  Error: CustomFunctionError,
  ErrorCode: {
    invalidValue: '#VALUE!',
    notAvailable: '#N/A',
    divisionByZero: '#DIV/0!',
    invalidNumber: '#NUM!',
    nullReference: '#NULL!',
    invalidName: '#NAME?',
    invalidReference: '#REF!',
  },
};

global[STATE_GLOBAL] = {
  /** The workbook as it is now, the active sheet, the selection, the syncs, the associated custom functions. */
  state: () => ({
    workbook: model.toSnapshot(),
    activeSheet: model.active.name,
    selection: { ...model.selection },
    syncs: [...excel.recorder.syncs],
    runs: [...excel.recorder.runs],
    customFunctions: [...customFunctions.keys()].sort(),
  }),
  fill: (sheet: string, a1: string) => model.toSnapshot().sheets.find((s) => s.name === sheet)?.cells[a1]?.fill ?? NO_FILL,
};
