import { recordedEvent } from '@casemgmt/testing';
import { projectEvent, upsert, type Projection } from './projection';

class Row {
  id!: string;
  kind!: string;
}

type Opened = { readonly type: 'Opened'; readonly data: { readonly id: string } };
type Renamed = { readonly type: 'Renamed'; readonly data: { readonly id: string; readonly name: string } };

const seen: string[] = [];
const rows: Projection<Opened | Renamed> = {
  name: 'rows',
  version: 1,
  categories: ['test.row'],
  eventTypes: ['Opened', 'Renamed'],
  project(event) {
    seen.push(event.type);
    // Narrowed by `type`: `name` exists on `Renamed` only.
    return [upsert(Row, { id: event.data.id, kind: event.type === 'Renamed' ? event.data.name : 'opened' }, ['id'])];
  },
};

const at = (streamVersion: number) => ({ streamId: 'test.row-1', streamVersion });

describe('projectEvent', () => {
  beforeEach(() => seen.splice(0));

  it('hands a projection the events of the types it declares', () => {
    expect(projectEvent(rows, recordedEvent({ type: 'Renamed', data: { id: '1', name: 'first' } }, at(2)))).toEqual([
      { kind: 'upsert', entity: Row, values: { id: '1', kind: 'first' }, key: ['id'] },
    ]);
    expect(seen).toEqual(['Renamed']);
  });

  it('never hands it an event of another type: a newer version’s, or another aggregate’s of the same category', () => {
    expect(projectEvent(rows, recordedEvent({ type: 'Archived', data: { id: '1' } }, at(3)))).toEqual([]);
    expect(seen).toEqual([]);
  });
});
