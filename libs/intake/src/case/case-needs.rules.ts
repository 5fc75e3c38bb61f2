import type { NeedCode } from '../screening/screening.types';
import type { NeedIdentified, NeedSource } from './case.events';
import type { OpenedCaseState } from './case.state';

/** One NeedIdentified per need not already open on the case. */
export function identifyNeeds(
  state: OpenedCaseState,
  needs: readonly NeedCode[],
  source: NeedSource,
  personal: { readonly note: string } | undefined,
): NeedIdentified[] {
  const open = state.needs.map((need) => need.need);
  const events: NeedIdentified[] = [];
  for (const need of needs) {
    if (open.includes(need)) continue;
    open.push(need);
    events.push({
      type: 'NeedIdentified',
      data: { caseId: state.caseId, need, source, openNeeds: [...open], ...(personal ? { personal } : {}) },
    });
  }
  return events;
}
