import type { LoadIssue } from './types.ts';

/** Collects the problems found in one spec; a pointer is mapped to line:column when the spec is done. */
export class IssueList {
  readonly items: LoadIssue[] = [];

  constructor(private readonly file: string) {}

  warn(code: string, message: string, pointer?: string): void {
    this.push('warning', code, message, pointer);
  }

  error(code: string, message: string, pointer?: string, location?: string): void {
    this.push('error', code, message, pointer, location);
  }

  get hasErrors(): boolean {
    return this.items.some((issue) => issue.severity === 'error');
  }

  private push(severity: LoadIssue['severity'], code: string, message: string, pointer?: string, location?: string): void {
    const issue: LoadIssue = { severity, file: this.file, message, code };
    if (location !== undefined) issue.location = location;
    if (pointer !== undefined) issue.pointer = pointer;
    this.items.push(issue);
  }
}
