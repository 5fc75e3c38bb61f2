// The data file is named apart from this module: a runtime that resolves `./default-rule-set` by extension must
// find this code, not the JSON (Node tries `.json` before a registered `.ts`).
import json from './default-rules.json';
import { parseRuleSet } from './parse-rule-set';
import type { RuleSet } from './rule-set';

/** The rules of issue 14 (R1 to R6) for every tenant and program, read by the same parser as any agency's set. */
export const DEFAULT_RULE_SET: RuleSet = parseRuleSet(json);
