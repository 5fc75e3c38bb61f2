import type { ProgramEligibilityRules } from './eligibility.rules';

/** The programs intake checks eligibility for unless an agency configures its own. */
export const DEFAULT_PROGRAMS: readonly ProgramEligibilityRules[] = [
  {
    programId: 'adult-behavioral-health',
    name: 'Adult Outpatient Behavioral Health',
    minimumAge: 18,
    maximumIncomePercentOfPovertyLine: 200,
    povertyGuidelineYear: 2025,
    region: 'contiguous',
  },
  {
    programId: 'youth-mobile-crisis',
    name: 'Youth Mobile Crisis Response',
    maximumAge: 17,
    povertyGuidelineYear: 2025,
    region: 'contiguous',
  },
  {
    programId: 'housing-stabilization',
    name: 'Housing Stabilization Services',
    minimumAge: 18,
    counties: ['Alameda', 'Contra Costa', 'San Joaquin'],
    // 138% FPL: the Medicaid expansion limit, which funds this program's tenancy supports.
    maximumIncomePercentOfPovertyLine: 138,
    povertyGuidelineYear: 2025,
    region: 'contiguous',
  },
  {
    programId: 'older-adult-case-management',
    name: 'Older Adult Case Management',
    minimumAge: 60,
    counties: ['Alameda', 'Contra Costa'],
    povertyGuidelineYear: 2025,
    region: 'contiguous',
  },
];

/** The program with this id in `programs` (the default catalogue unless given), or undefined. */
export function findProgram(
  programId: string,
  programs: readonly ProgramEligibilityRules[] = DEFAULT_PROGRAMS,
): ProgramEligibilityRules | undefined {
  return programs.find((program) => program.programId === programId);
}
