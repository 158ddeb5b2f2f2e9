/**
 * RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, a BOM tolerated. Spreadsheets in
 * Indonesian locales often save with `;` — the delimiter is detected from the header line.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  return (Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0] as ',' | ';' | '\t');
}

export function parseCsv(input: string, delimiter = detectDelimiter(input)): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes CSV. Text cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR
 * first) get a leading apostrophe; `numeric` columns are written as they are.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[], numericColumns: ReadonlySet<number> = new Set()): string {
  return rows
    .map((row) =>
      row
        .map((cell, index) => {
          let value = cell === null ? '' : String(cell);
          if (!numericColumns.has(index) && FORMULA_START.test(value)) value = `'${value}`;
          return /[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
        })
        .join(','),
    )
    .join('\r\n');
}
