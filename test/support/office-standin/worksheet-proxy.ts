/** `Excel.Workbook`, `WorksheetCollection`, `Worksheet` and `WorksheetFreezePanes` of the stand-in. */
import { parseRect } from './a1-range';
import { ClientObject, loadPaths, type Batch } from './client-object';
import { invalidArgument, itemNotFound } from './office-error';
import { Range } from './range-proxy';
import type { SheetModel } from './workbook-model';

class FreezePanes {
  constructor(
    private readonly batch: Batch,
    private readonly path: string,
    private readonly sheet: () => SheetModel,
  ) {}
  freezeRows(count = 1): void {
    this.batch.enqueue(() => {
      this.sheet().frozenRows = count;
    }, `${this.path}.freezeRows(${count})`);
  }
  unfreeze(): void {
    this.batch.enqueue(() => {
      this.sheet().frozenRows = 0;
    }, `${this.path}.unfreeze()`);
  }
}

export class Worksheet extends ClientObject {
  protected readonly scalars = ['name', 'position'];
  readonly freezePanes: FreezePanes;

  constructor(
    batch: Batch,
    path: string,
    private readonly resolve: () => SheetModel | undefined,
    private readonly nullable = false,
  ) {
    super(batch, path);
    this.freezePanes = new FreezePanes(batch, `${path}.freezePanes`, () => this.sheet());
  }

  sheet(): SheetModel {
    const sheet = this.resolve();
    if (!sheet) throw itemNotFound(this.path);
    return sheet;
  }

  protected override isMissing(): boolean {
    return this.nullable && this.resolve() === undefined;
  }

  protected read(name: string): unknown {
    const sheet = this.sheet();
    return name === 'name' ? sheet.name : this.batch.model.sheets.indexOf(sheet);
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.assign('name', value, () => {
      const sheet = this.sheet();
      if (this.batch.model.findSheet(value) && this.batch.model.findSheet(value) !== sheet) throw invalidArgument(`a sheet named '${value}' already exists`);
      sheet.name = value;
    });
  }
  get position(): number {
    return this.loaded('position');
  }

  activate(): void {
    this.act('activate()', () => this.batch.model.activate(this.sheet()));
  }

  /** A range by local address (`B2`, `A1:F40`, `C:C`); the whole sheet without one. */
  getRange(address = 'A:XFD'): Range {
    const rect = parseRect(address);
    return new Range(this.batch, `${this.path}.getRange('${address}')`, () => {
      if (!rect) throw invalidArgument(`range address '${address}'`);
      return { sheet: this.sheet(), rect };
    });
  }

  getUsedRange(valuesOnly = false): Range {
    return this.usedRange(valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.usedRange(valuesOnly, true);
  }

  private usedRange(valuesOnly: boolean, nullable: boolean): Range {
    const method = nullable ? 'getUsedRangeOrNullObject' : 'getUsedRange';
    return new Range(
      this.batch,
      `${this.path}.${method}(${valuesOnly})`,
      () => {
        const sheet = this.sheet();
        const rect = sheet.usedRect(valuesOnly);
        return rect ? { sheet, rect } : undefined;
      },
      nullable,
    );
  }
}

export class WorksheetCollection extends ClientObject {
  protected readonly scalars = ['items'];

  constructor(batch: Batch, path: string) {
    super(batch, path);
  }

  protected read(): unknown {
    throw new Error('items are captured by load');
  }

  /** `load('items/name')`, `load('name')`, `load('items')`, `load()`: the items with those properties. */
  override load(spec?: unknown): this {
    const names = new Set<string>();
    for (const path of loadPaths(spec)) {
      const property = path.startsWith('items/') ? path.slice('items/'.length) : path;
      if (property === 'items') continue;
      if (property !== 'name' && property !== 'position') throw invalidArgument(`${this.path} has no item property '${property}' the stand-in can load`);
      names.add(property);
    }
    const itemProperties = names.size ? [...names] : ['name', 'position'];
    this.batch.enqueue(() => {
      const items = this.batch.model.sheets.map((sheet) => {
        const item = new Worksheet(this.batch, `${this.path}.items['${sheet.name}']`, () => (this.batch.model.sheets.includes(sheet) ? sheet : undefined));
        item.capture(['isNullObject', ...itemProperties]);
        return item;
      });
      this.captureItems(items);
    }, `${this.path}.load(items/${itemProperties.join(',')})`);
    return this;
  }

  #items: Worksheet[] | undefined;
  private captureItems(items: Worksheet[]): void {
    this.#items = items;
  }

  get items(): Worksheet[] {
    if (!this.#items) return this.loaded('items');
    return this.#items;
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.batch, `worksheets.getItem('${name}')`, () => this.batch.model.findSheet(name));
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.batch, `worksheets.getItemOrNullObject('${name}')`, () => this.batch.model.findSheet(name), true);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.batch, 'worksheets.getActiveWorksheet()', () => this.batch.model.active);
  }

  /** Adds a sheet at the end at sync time. */
  add(name?: string): Worksheet {
    let added: SheetModel | undefined;
    this.batch.enqueue(() => {
      added = this.batch.model.addSheet(name);
    }, `${this.path}.add('${name ?? ''}')`);
    return new Worksheet(this.batch, `worksheets.add('${name ?? ''}')`, () => added);
  }
}

export class Workbook {
  readonly worksheets: WorksheetCollection;
  constructor(batch: Batch) {
    this.worksheets = new WorksheetCollection(batch, 'workbook.worksheets');
  }
}
