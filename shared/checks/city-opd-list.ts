/**
 * A city configuration to consolidate against must list at least one OPD: with an empty
 * `Daftar OPD` every submission would be "not listed" and nothing would be scored. (A fresh city
 * template is read without this error: it is a check of the consolidation, not of the reading.)
 */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import type { CityConfig } from '../parse/city-config';
import { CITY_SHEETS } from '../parse/city-format';

export function checkCityOpdList(city: Pick<CityConfig, 'file' | 'opds'>): Finding[] {
  return city.opds.length === 0 ? [makeFinding('CITY_OPD_LIST_EMPTY', { file: city.file, sheet: CITY_SHEETS.daftarOpd }, {})] : [];
}
