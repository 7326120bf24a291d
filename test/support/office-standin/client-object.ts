/**
 * What makes the stand-in as strict as Excel: a proxy's properties are readable only after they
 * were loaded *and* a `context.sync()` ran; loads, writes and actions are queued and applied in
 * order at the next sync; a proxy from a finished `Excel.run` cannot be used again.
 */
import { invalidArgument, invalidObjectPath, propertyNotLoaded } from './office-error';
import type { WorkbookModel } from './workbook-model';

export type Operation = () => void;

/** The request context as proxies see it. */
export interface Batch {
  readonly model: WorkbookModel;
  enqueue(operation: Operation, what: string): void;
}

/** Property paths of a `load` call: `'a,b'`, `['a', 'b']`, `{ select: 'a,b' }`; none = every scalar. */
export function loadPaths(spec: unknown): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === 'string') return spec.split(',').map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((p) => loadPaths(p));
  if (typeof spec === 'object' && 'select' in spec) return loadPaths((spec as { select: unknown }).select);
  throw invalidArgument(`load(${JSON.stringify(spec)})`);
}

export abstract class ClientObject {
  readonly #loaded = new Map<string, unknown>();

  protected constructor(
    protected readonly batch: Batch,
    /** For error messages: `Worksheet('LKE').getRange('C5').format.fill`. */
    protected readonly path: string,
  ) {}

  /** The scalar properties `load` can fetch. */
  protected abstract readonly scalars: readonly string[];

  /** Child objects reachable in a load path (`format` in `format/fill/color`). */
  protected child(_name: string): ClientObject | undefined {
    return undefined;
  }

  /** Reads a scalar from the model; runs at sync time. */
  protected abstract read(name: string): unknown;

  /** Whether the target is missing (only `…OrNullObject` proxies can answer true); runs at sync time. */
  protected isMissing(): boolean {
    return false;
  }

  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    const own = new Set<string>(['isNullObject']);
    for (const path of paths.length ? paths : this.scalars) {
      const [head = '', ...rest] = path.split('/');
      const child = this.child(head);
      if (child) child.load(rest.length ? rest.join('/') : undefined);
      else if (this.scalars.includes(head) && rest.length === 0) own.add(head);
      else throw invalidArgument(`${this.path} has no property '${path}' the stand-in can load`);
    }
    this.batch.enqueue(() => this.capture([...own]), `${this.path}.load(${[...own].join(',')})`);
    return this;
  }

  /** Records the current model values of `names` (sync time). Missing targets record only isNullObject. */
  capture(names: readonly string[]): void {
    const missing = this.isMissing();
    for (const name of names) {
      if (name === 'isNullObject') this.#loaded.set(name, missing);
      else if (!missing) this.#loaded.set(name, this.read(name));
    }
  }

  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }

  protected loaded<T>(name: string): T {
    if (!this.#loaded.has(name)) throw propertyNotLoaded(name, this.path);
    return this.#loaded.get(name) as T;
  }

  /** Queues a write; like Office.js, the proxy shows the written value at once. */
  protected assign(name: string, value: unknown, apply: Operation): void {
    this.batch.enqueue(apply, `${this.path}.${name} = …`);
    this.#loaded.set(name, value);
  }

  protected act(what: string, apply: Operation): void {
    this.batch.enqueue(apply, `${this.path}.${what}`);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.#loaded);
  }
}

/** A proxy used after its `Excel.run` finished. */
export const staleContext = (what: string) => invalidObjectPath(what);
