import type { RecordedEvent } from '@casemgmt/event-store';
import { streamIdOf, type ServiceSearchCriteria } from '@casemgmt/provider-directory';

/** The synthetic directory the benchmark loads: a county's worth of services, seeded so every run is the same. */
export const SERVICES = 20_000;
export const ORGANIZATIONS = 2_000;
export const LOCATIONS = 10_000;
export const TENANT = 'county-bench';

// Ten needs, each with three narrower terms; words that name and describe the services of each need.
const NEEDS = [
  {
    code: 'housing',
    words: ['shelter', 'housing', 'rent', 'transitional'],
    children: ['emergency-shelter', 'rental-assistance', 'supportive-housing'],
  },
  {
    code: 'food',
    words: ['pantry', 'meals', 'groceries', 'food'],
    children: ['food-pantry', 'meal-program', 'snap-enrollment'],
  },
  {
    code: 'health',
    words: ['clinic', 'medical', 'dental', 'health'],
    children: ['primary-care', 'dental-care', 'vaccination'],
  },
  {
    code: 'mental-health',
    words: ['counseling', 'therapy', 'crisis', 'support'],
    children: ['counseling', 'crisis-line', 'peer-support'],
  },
  {
    code: 'substance-use',
    words: ['recovery', 'detox', 'treatment', 'sober'],
    children: ['detox', 'outpatient-treatment', 'recovery-housing'],
  },
  {
    code: 'legal',
    words: ['legal', 'eviction', 'immigration', 'rights'],
    children: ['eviction-defense', 'immigration-legal', 'benefits-appeals'],
  },
  {
    code: 'employment',
    words: ['jobs', 'training', 'resume', 'career'],
    children: ['job-training', 'job-placement', 'resume-help'],
  },
  {
    code: 'transportation',
    words: ['rides', 'transit', 'shuttle', 'transport'],
    children: ['medical-rides', 'transit-passes', 'paratransit'],
  },
  {
    code: 'education',
    words: ['tutoring', 'literacy', 'classes', 'school'],
    children: ['ged-classes', 'esl-classes', 'tutoring'],
  },
  {
    code: 'income',
    words: ['benefits', 'cash', 'tax', 'income'],
    children: ['benefits-enrollment', 'tax-preparation', 'emergency-cash'],
  },
] as const;
const PLACES = [
  'Harbor',
  'Mission',
  'Bayview',
  'Sunset',
  'Fruitvale',
  'Eastside',
  'Northgate',
  'Lakeside',
  'Hillcrest',
  'Riverside',
];
const LANGUAGES = [
  { code: 'en', name: 'English', share: 1 },
  { code: 'es', name: 'Spanish', share: 0.4 },
  { code: 'zh', name: 'Chinese', share: 0.1 },
  { code: 'vi', name: 'Vietnamese', share: 0.05 },
];
// A metropolitan area about 120 km by 100 km.
const REGION = { minLatitude: 37.2, maxLatitude: 38.3, minLongitude: -122.7, maxLongitude: -121.6 };

/** A seeded generator (mulberry32), so every run measures the same directory and the same queries. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const uuid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The directory's events, as the store would deliver them: terms, organisations, locations, services, placements. */
export function directoryEvents(): RecordedEvent[] {
  const next = random(20_260_301);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const events: RecordedEvent[] = [];
  const recordedAt = new Date('2026-03-01T08:00:00Z');
  const push = (kind: Parameters<typeof streamIdOf>[0], id: string, type: string, data: object) => {
    const position = BigInt(events.length + 1);
    events.push({
      eventId: uuid(0xe, events.length + 1),
      type,
      streamId: streamIdOf(kind, id),
      streamVersion: 1,
      globalPosition: position,
      logPosition: { commit: 1n, prepare: position },
      occurredAt: recordedAt,
      recordedAt,
      data,
      metadata: { tenantId: TENANT, actor: { id: 'bench', role: 'admin' }, correlationId: 'bench' },
    } as RecordedEvent);
  };

  const termIds = new Map<string, string>();
  NEEDS.forEach((need, n) => {
    const parentId = uuid(0x7, n * 10);
    termIds.set(need.code, parentId);
    push('taxonomy_term', parentId, 'TaxonomyTermRegistered', {
      taxonomyTermId: parentId,
      taxonomyTerm: { code: need.code, name: need.code.replace('-', ' '), description: need.code },
    });
    need.children.forEach((child, c) => {
      const childId = uuid(0x7, n * 10 + c + 1);
      termIds.set(child, childId);
      push('taxonomy_term', childId, 'TaxonomyTermRegistered', {
        taxonomyTermId: childId,
        taxonomyTerm: { code: child, name: child.replace('-', ' '), description: child, parent_id: parentId },
      });
    });
  });
  for (let o = 0; o < ORGANIZATIONS; o++) {
    const id = uuid(0x1, o);
    push('organization', id, 'OrganizationRegistered', {
      organizationId: id,
      organization: { name: `${pick(PLACES)} Community Services ${o}`, description: 'A community-based organisation' },
    });
  }
  for (let l = 0; l < LOCATIONS; l++) {
    const id = uuid(0x2, l);
    push('location', id, 'LocationRegistered', {
      locationId: id,
      location: {
        location_type: 'physical',
        organization_id: uuid(0x1, l % ORGANIZATIONS),
        name: `${pick(PLACES)} site ${l}`,
        latitude: REGION.minLatitude + next() * (REGION.maxLatitude - REGION.minLatitude),
        longitude: REGION.minLongitude + next() * (REGION.maxLongitude - REGION.minLongitude),
      },
    });
  }
  for (let s = 0; s < SERVICES; s++) {
    const id = uuid(0x3, s);
    const need = pick(NEEDS);
    const child = pick(need.children);
    const ageBand = next();
    const capacity = next() < 0.6 ? Math.floor(next() * 21) * (next() < 0.3 ? 0 : 1) : undefined;
    const locationIndex = Math.floor(next() * LOCATIONS);
    push('service', id, 'ServiceRegistered', {
      serviceId: id,
      service: {
        organization_id: uuid(0x1, locationIndex % ORGANIZATIONS),
        name: `${pick(PLACES)} ${pick(need.words)} ${pick(['program', 'center', 'project', 'services'])} ${s}`,
        status: next() < 0.95 ? 'active' : 'inactive',
        description: `Offers ${need.words.join(', ')} to residents; ${pick(need.words)} by appointment or walk-in.`,
        eligibility_description: pick([
          'Open to all residents',
          'Low-income households',
          'Families with children',
          'Veterans',
        ]),
        ...(ageBand < 0.3
          ? { minimum_age: 18 }
          : ageBand < 0.4
            ? { minimum_age: 12, maximum_age: 24 }
            : ageBand < 0.5
              ? { minimum_age: 60 }
              : {}),
        languages: LANGUAGES.filter((language) => next() < language.share).map((language, index) => ({
          id: uuid(0x9, index),
          code: language.code,
          name: language.name,
        })),
        attributes: [
          { id: uuid(0x8, s), taxonomy_term: { id: termIds.get(child), code: child, name: child.replace('-', ' ') } },
        ],
        ...(capacity !== undefined
          ? {
              service_capacity: [
                {
                  id: uuid(0xc, s),
                  unit: { id: uuid(0xb, 1), name: 'place' },
                  available: capacity,
                  maximum: 20,
                  updated: recordedAt.toISOString(),
                },
              ],
            }
          : {}),
      },
    });
    const placementId = uuid(0x4, s);
    push('service_at_location', placementId, 'ServiceAtLocationRegistered', {
      serviceAtLocationId: placementId,
      serviceAtLocation: { service_id: id, location_id: uuid(0x2, locationIndex) },
    });
  }
  return events;
}

/** A mix of what case managers ask: needs, free text, distance, language, age, open capacity, and combinations. */
export function queryMix(count: number): ServiceSearchCriteria[] {
  const next = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const near = () => ({
    latitude: REGION.minLatitude + 0.2 + next() * 0.7,
    longitude: REGION.minLongitude + 0.2 + next() * 0.7,
    radiusKm: pick([5, 10, 25]),
  });
  const shapes: (() => Omit<ServiceSearchCriteria, 'tenantId' | 'page' | 'perPage'>)[] = [
    () => ({ need: pick(NEEDS).code }),
    () => ({ need: pick(pick(NEEDS).children) }),
    () => ({ text: pick(pick(NEEDS).words) }),
    () => ({ text: pick(pick(NEEDS).words), near: near() }),
    () => ({ near: near(), language: pick(['es', 'zh', 'vi']), age: pick([8, 17, 30, 67]) }),
    () => ({ need: pick(NEEDS).code, near: near(), openCapacity: true }),
    () => ({
      need: pick(NEEDS).code,
      text: pick(pick(NEEDS).words),
      near: near(),
      language: 'es',
      age: 30,
      openCapacity: true,
    }),
    () => ({ openCapacity: true, language: 'es' }),
  ];
  return Array.from({ length: count }, (_, index) => ({
    tenantId: TENANT,
    ...(shapes[index % shapes.length] as (typeof shapes)[number])(),
    page: 1,
    perPage: 20,
  }));
}
