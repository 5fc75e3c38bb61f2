import type { ServiceContract } from '@casemgmt/messaging';
import type { PersonalDataVault } from '@casemgmt/personal-data';
import { buildIntakeHandlers, typesMissingFrom } from './case-view.handlers';
import { INTAKE_EVENTS } from './intake-events';

const contractOf = (events: readonly { type: string; version: number }[]): ServiceContract => ({
  service: 'intake',
  categories: ['intake.case'],
  events: events.map((event) => ({ ...event, summary: event.type, schema: { type: 'object' } })),
});
const READ = Object.values(INTAKE_EVENTS).map((type) => {
  const [, name, version] = /^intake\.(\w+)\.v(\d+)$/.exec(type) ?? [];
  return { type: name ?? '', version: Number(version) };
});

// Building the handlers touches no key: a vault that refuses everything shows it.
const refuse = () => Promise.reject(new Error('no vault in this spec'));
const UNUSED_VAULT: PersonalDataVault = {
  seal: refuse,
  open: refuse,
  openMany: refuse,
  shred: refuse,
  isShredded: refuse,
};

describe('care plan’s reading of intake’s events', () => {
  it('has a handler for each published type it reads, and for nothing else', () => {
    expect(Object.keys(buildIntakeHandlers(UNUSED_VAULT)).sort()).toEqual(Object.values(INTAKE_EVENTS).sort());
  });

  it('finds nothing missing from a contract that publishes every type it reads', () => {
    expect(typesMissingFrom([contractOf([...READ, { type: 'ScreeningScored', version: 1 }])])).toEqual([]);
  });

  it('names the types a contract no longer publishes in the version care plan reads', () => {
    const withNewVersion = READ.map((event) => (event.type === 'CaseClosed' ? { ...event, version: 2 } : event));
    expect(typesMissingFrom([contractOf(withNewVersion)])).toEqual(['intake.CaseClosed.v1']);
    expect(typesMissingFrom([])).toHaveLength(READ.length);
  });
});
