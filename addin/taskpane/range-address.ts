/** Office.js range addresses (`'Pohon Kinerja'!B2:F40`) ⇄ what the core needs. */
import { parseAddress } from '../../shared';

/** The top-left cell of a sheet-qualified range address, 1-based; A1 when unreadable. */
export function rangeOrigin(address: string): { row: number; column: number } {
  const local = address.slice(address.lastIndexOf('!') + 1);
  return parseAddress(local.split(':')[0] ?? '') ?? { row: 1, column: 1 };
}
