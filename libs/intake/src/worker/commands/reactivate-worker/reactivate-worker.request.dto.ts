import { WorkerExpectedVersionDto } from '../../worker-http.dto';

export class ReactivateWorkerRequestDto extends WorkerExpectedVersionDto {}
