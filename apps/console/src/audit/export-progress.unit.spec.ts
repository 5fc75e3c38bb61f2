import { exportPercent, exportProgressText, fileNameOf } from './export-progress';

const progress = (casesDone: number, casesTotal: number, entriesDone: number, entriesTotal: number) => ({
  casesDone,
  casesTotal,
  entriesDone,
  entriesTotal,
});

describe('exportPercent', () => {
  it('counts entries written of the total', () => {
    expect(exportPercent(progress(1, 4, 25, 100))).toBe(25);
    expect(exportPercent(progress(4, 4, 100, 100))).toBe(100);
  });
  it('falls back to cases, and is 0 with nothing to write', () => {
    expect(exportPercent(progress(1, 2, 0, 0))).toBe(50);
    expect(exportPercent(progress(0, 0, 0, 0))).toBe(0);
  });
  it('stays within 0 and 100', () => {
    expect(exportPercent(progress(0, 1, 150, 100))).toBe(100);
  });
});

describe('exportProgressText', () => {
  it('tells each status', () => {
    expect(exportProgressText({ status: 'ready', progress: progress(0, 3, 0, 40) })).toBe(
      'Ready to write: 3 cases, 40 entries',
    );
    expect(exportProgressText({ status: 'running', progress: progress(1, 3, 10, 40) })).toBe(
      'Writing: 1 of 3 cases, 10 of 40 entries',
    );
    expect(exportProgressText({ status: 'done', progress: progress(3, 3, 40, 40) })).toBe(
      'Done: 3 of 3 cases, 40 of 40 entries',
    );
    expect(exportProgressText({ status: 'interrupted', progress: progress(1, 3, 10, 40) })).toContain('Interrupted');
  });
});

describe('fileNameOf', () => {
  it('reads the attachment name, or falls back', () => {
    expect(fileNameOf('attachment; filename="compliance.csv"', 'x.csv')).toBe('compliance.csv');
    expect(fileNameOf("attachment; filename*=UTF-8''a%20b.json", 'x')).toBe('a b.json');
    expect(fileNameOf(null, 'export.json')).toBe('export.json');
    expect(fileNameOf('attachment; filename="../../etc"', 'x')).toBe('.._.._etc');
  });
});
