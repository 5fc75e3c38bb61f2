import { AHC_HRSN_VERSION } from './instruments/ahc-hrsn';
import { scoreScreening, SCREENING_INSTRUMENT_VERSIONS } from './score-screening';
import type { ScreeningInstrument } from './screening.types';

const zeros = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [String(i + 1), 0]));

describe('scoreScreening', () => {
  it('scores a PHQ-9 with the PHQ-9 table', () => {
    expect(scoreScreening('PHQ-9', { ...zeros(9), '1': 3, '2': 3, '3': 3, '4': 1 }, {})).toMatchObject({
      instrument: 'PHQ-9',
      instrumentVersion: SCREENING_INSTRUMENT_VERSIONS['PHQ-9'],
      totalScore: 10,
      band: 'moderate',
      positive: true,
    });
  });

  it('scores a GAD-7 with the GAD-7 table', () => {
    expect(scoreScreening('GAD-7', { ...zeros(7), '1': 3, '2': 2 }, {})).toMatchObject({
      instrument: 'GAD-7',
      instrumentVersion: SCREENING_INSTRUMENT_VERSIONS['GAD-7'],
      totalScore: 5,
      band: 'mild',
    });
  });

  it("scores an AUDIT-C with the cut-off for the subject's sex", () => {
    const answers = { '1': 1, '2': 1, '3': 1 };

    expect(scoreScreening('AUDIT-C', answers, { sex: 'female' }).positive).toBe(true);
    expect(scoreScreening('AUDIT-C', answers, { sex: 'male' }).positive).toBe(false);
  });

  it('scores the AHC core questions by domain', () => {
    const answers = {
      '1': 'steady',
      '2': 'none',
      '3': 'never_true',
      '4': 'never_true',
      '5': 'yes',
      '6': 'no',
      '7': 1,
      '8': 1,
      '9': 1,
      '10': 1,
    };

    expect(scoreScreening('AHC-HRSN', answers, {})).toMatchObject({
      instrument: 'AHC-HRSN',
      instrumentVersion: AHC_HRSN_VERSION,
      needs: ['transportation'],
    });
  });

  it('names a version for every instrument', () => {
    expect(SCREENING_INSTRUMENT_VERSIONS).toEqual({
      'PHQ-9': 'PHQ-9 (Kroenke 2001)',
      'GAD-7': 'GAD-7 (Spitzer 2006)',
      'AUDIT-C': 'AUDIT-C (Bush 1998; cut-offs Bradley 2007)',
      'AHC-HRSN': 'AHC HRSN Screening Tool core questions (CMS 2017)',
    });
  });

  it('refuses an instrument it does not know', () => {
    expect(() => scoreScreening('PCL-5' as ScreeningInstrument, {}, {})).toThrow(
      expect.objectContaining({ code: 'INTAKE.SCREENING_INSTRUMENT_UNKNOWN', kind: 'invalid' }),
    );
  });
});
