import { ScreeningErrors } from './screening.errors';
import type { ScreeningAnswers, ScreeningInstrument } from './screening.types';

/** Item numbers '1'..'count', as printed on the instrument. */
export function itemNumbers(count: number): readonly string[] {
  return Array.from({ length: count }, (_, index) => String(index + 1));
}

/** Refuses any answer keyed by something other than the instrument's item numbers. */
export function rejectUnknownItems(
  instrument: ScreeningInstrument,
  answers: ScreeningAnswers,
  items: readonly string[],
): void {
  const unknown = Object.keys(answers).find((item) => !items.includes(item));
  if (unknown !== undefined) {
    throw ScreeningErrors.invalidAnswer(
      instrument,
      unknown,
      'unknown_item',
      `is not an item of the instrument (items are ${items[0]}..${items[items.length - 1]})`,
    );
  }
}

/** The whole-number score of an item, refused when missing or outside min..max. */
export function scoreOf(
  instrument: ScreeningInstrument,
  answers: ScreeningAnswers,
  item: string,
  min: number,
  max: number,
): number {
  const answer = answerOf(instrument, answers, item);
  if (typeof answer !== 'number') {
    throw ScreeningErrors.invalidAnswer(instrument, item, 'not_a_score', `expected a score ${min}-${max}`);
  }
  if (!Number.isInteger(answer) || answer < min || answer > max) {
    throw ScreeningErrors.invalidAnswer(
      instrument,
      item,
      'out_of_range',
      `score ${answer} is not a whole number ${min}-${max}`,
    );
  }
  return answer;
}

/** The option code of an item, refused when missing or not one of the printed options. */
export function optionOf<O extends string>(
  instrument: ScreeningInstrument,
  answers: ScreeningAnswers,
  item: string,
  options: readonly O[],
): O {
  const answer = answerOf(instrument, answers, item);
  const option = options.find((candidate) => candidate === answer);
  if (option === undefined) {
    throw ScreeningErrors.invalidAnswer(
      instrument,
      item,
      'unknown_option',
      `${JSON.stringify(answer)} is not one of ${options.join(', ')}`,
    );
  }
  return option;
}

/** A check-all-that-apply item stored as comma-separated option codes, with one code meaning "none of these". */
export function optionListOf<O extends string, N extends string>(
  instrument: ScreeningInstrument,
  answers: ScreeningAnswers,
  item: string,
  options: readonly O[],
  none: N,
): readonly O[] | N {
  const answer = answerOf(instrument, answers, item);
  if (typeof answer !== 'string') {
    throw ScreeningErrors.invalidAnswer(instrument, item, 'unknown_option', `expected a list of ${options.join(', ')}`);
  }
  const codes = answer
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  if (codes.length === 0) {
    throw ScreeningErrors.invalidAnswer(instrument, item, 'missing', `no option chosen (answer ${none} for none)`);
  }
  const chosen: O[] = [];
  for (const code of codes) {
    if (code === none) continue;
    const option = options.find((candidate) => candidate === code);
    if (option === undefined) {
      throw ScreeningErrors.invalidAnswer(
        instrument,
        item,
        'unknown_option',
        `${JSON.stringify(code)} is not one of ${[...options, none].join(', ')}`,
      );
    }
    if (!chosen.includes(option)) chosen.push(option);
  }
  if (chosen.length === 0) return none;
  if (codes.includes(none)) {
    throw ScreeningErrors.invalidAnswer(
      instrument,
      item,
      'conflicting_options',
      `${none} cannot be chosen together with ${chosen.join(', ')}`,
    );
  }
  return chosen;
}

function answerOf(instrument: ScreeningInstrument, answers: ScreeningAnswers, item: string): number | string {
  // Own properties only: an answers object parsed from JSON must not pick up '__proto__' or inherited keys.
  const answer = Object.prototype.hasOwnProperty.call(answers, item) ? answers[item] : undefined;
  if (answer === undefined || answer === null || answer === '') {
    throw ScreeningErrors.invalidAnswer(instrument, item, 'missing', 'no answer given');
  }
  return answer;
}
