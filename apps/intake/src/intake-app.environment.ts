import { withHostVariables } from '@casemgmt/host';
import { IntakeEnvironment } from '@casemgmt/intake';

/** Every variable the intake service reads, validated at boot: the host's and intake's own. */
export class IntakeAppEnvironment extends withHostVariables(IntakeEnvironment) {}
