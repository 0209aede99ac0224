/** A validation finding that points at a file and, when known, a record and line. */
export interface Issue {
  level: 'error' | 'warning';
  file: string;
  line?: number;
  id?: string;
  message: string;
}

export function formatIssue(i: Issue): string {
  const where = i.line ? `${i.file}:${i.line}` : i.file;
  const rec = i.id ? ` [${i.id}]` : '';
  return `${i.level === 'error' ? 'error' : 'warning'}: ${where}${rec}: ${i.message}`;
}
