import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** The export a route names. */
export class TenantExportParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly exportId!: string;
}
