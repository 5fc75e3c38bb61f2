import { ApiProperty } from '@nestjs/swagger';
import type { Role } from '@casemgmt/auth';

/** Who records and revokes consents; the events record the first of these that grants the change (ADR 0012). */
export const CONSENT_WRITERS = ['intake_worker', 'case_manager', 'supervisor'] as const satisfies readonly Role[];

/** Who may read consents and ask whether one is in force. */
export const CONSENT_READERS = [
  'case_manager',
  'supervisor',
  'intake_worker',
  'auditor',
  'admin',
] as const satisfies readonly Role[];

/** What every consent write answers. */
export class ConsentWriteResponseDto {
  @ApiProperty({ description: 'Id of the consent', format: 'uuid' })
  readonly id!: string;

  @ApiProperty({ description: "Version of the consent's stream now: send it as expectedVersion with the next change" })
  readonly version!: number;
}
