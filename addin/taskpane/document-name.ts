/** The file name findings name: the last segment of Office's document URL or path, else `Workbook`. */

export const UNSAVED_WORKBOOK_NAME = 'Workbook';

export function documentName(url: string | null | undefined): string {
  const path = (url ?? '').split(/[?#]/)[0]!;
  const last = path.split(/[\\/]/).filter((part) => part !== '').pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A stray `%` in a local path: keep the name as written.
  }
  return name.trim() === '' || /^[a-z]+:$/i.test(name) ? UNSAVED_WORKBOOK_NAME : name;
}
