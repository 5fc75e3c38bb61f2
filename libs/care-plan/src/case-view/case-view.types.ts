/** A case as care plan knows it from intake's events: who works it, its status, priority, program and needs. */
export interface CaseView {
  readonly caseId: string;
  readonly clientId: string;
  readonly program: string;
  readonly priority: string;
  readonly status: string;
  readonly teamId: string;
  readonly caseManagerId: string | null;
  readonly openedAt: string;
  readonly closedAt: string | null;
  readonly needs: readonly string[];
  readonly safetyFlags: readonly {
    readonly screeningId: string;
    readonly instrument: string;
    readonly followUpDueBy: string;
  }[];
  readonly updatedAt: string;
}
