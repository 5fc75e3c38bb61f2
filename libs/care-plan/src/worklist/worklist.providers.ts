import type { Provider, Type } from '@nestjs/common';
import { GetMyWorklistHttpController } from './queries/get-my-worklist/get-my-worklist.http.controller';
import { GetMyWorklistQuery } from './queries/get-my-worklist/get-my-worklist.query';
import { GetTeamWorklistHttpController } from './queries/get-team-worklist/get-team-worklist.http.controller';
import { GetTeamWorklistQuery } from './queries/get-team-worklist/get-team-worklist.query';

// Everything the worklist adds to the care plan module besides its consumer (see care-plan.module.ts).
export const WORKLIST_CONTROLLERS: readonly Type[] = [GetMyWorklistHttpController, GetTeamWorklistHttpController];
export const WORKLIST_PROVIDERS: readonly Provider[] = [GetMyWorklistQuery, GetTeamWorklistQuery];
