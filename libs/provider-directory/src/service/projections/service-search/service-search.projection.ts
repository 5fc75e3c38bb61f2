import type { RecordedEvent } from '@casemgmt/event-store';
import { ignoreUnknownEvent, update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { DIRECTORY_CATEGORIES } from '../../../shared/directory-streams';

import { SERVICE_EVENT_TYPES, type ServiceEvent } from '../../service.decider';
import { capacityAvailableOf, serviceSearchColumns } from './service-search-columns';
import { ServiceSearch } from './service-search.entity';

/** The search read model of case managers: what services are found by, filtered on and ranked by. */
export const serviceSearchProjection: Projection<ServiceEvent> = {
  name: 'provider-directory.service-search',
  version: 1,
  categories: [DIRECTORY_CATEGORIES.service],
  eventTypes: SERVICE_EVENT_TYPES,
  project(event: RecordedEvent<ServiceEvent>): readonly ReadModelChange[] {
    const tenantId = event.metadata.tenantId;
    switch (event.type) {
      case 'ServiceRegistered':
        return [
          upsert(
            ServiceSearch,
            {
              tenantId,
              id: event.data.serviceId,
              suspended: false,
              ...serviceSearchColumns(event.data.service, false),
            },
            ['tenantId', 'id'],
          ),
        ];
      case 'ServiceUpdated': {
        const columns = serviceSearchColumns(event.data.changes, true);
        return Object.keys(columns).length === 0
          ? []
          : [update(ServiceSearch, { tenantId, id: event.data.serviceId }, columns)];
      }
      case 'ServiceSuspended':
        return [update(ServiceSearch, { tenantId, id: event.data.serviceId }, { suspended: true })];
      case 'ServiceReinstated':
        return [update(ServiceSearch, { tenantId, id: event.data.serviceId }, { suspended: false })];
      case 'ServiceCapacityUpdated':
        return [
          update(
            ServiceSearch,
            { tenantId, id: event.data.serviceId },
            { capacityAvailable: capacityAvailableOf(event.data.service_capacity) },
          ),
        ];
      default:
        return ignoreUnknownEvent(event);
    }
  },
};
