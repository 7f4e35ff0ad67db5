// The open data files: CSV (UTF-8 with BOM for spreadsheets; the first line is the licence, as a comment)
// and JSON (the licence as a field).
import { stringify } from 'csv-stringify/sync';
import { OPEN_DATA_FIELDS, OPEN_DATA_LICENCE, type OpenDataRecord } from '../../../app/portal/open-data.ts';

export const licenceLine = (generatedOn: string) =>
  `Giấy phép / Licence: ${OPEN_DATA_LICENCE.name} (${OPEN_DATA_LICENCE.url}). ${OPEN_DATA_LICENCE.attribution}. Ngày dữ liệu / As of: ${generatedOn}.`;

export function openDataCsv(generatedOn: string, records: readonly OpenDataRecord[]): string {
  const body = stringify(
    records.map((r) => OPEN_DATA_FIELDS.map((f) => r[f])),
    { header: true, columns: [...OPEN_DATA_FIELDS], cast: { number: String } },
  );
  return `\uFEFF# ${licenceLine(generatedOn)}\n${body}`;
}

export function openDataJson(generatedOn: string, base: string, records: readonly OpenDataRecord[]): string {
  return JSON.stringify({
    licence: { ...OPEN_DATA_LICENCE, text: licenceLine(generatedOn) },
    source: `${base}/open-data`,
    generatedOn,
    count: records.length,
    products: records,
  });
}
