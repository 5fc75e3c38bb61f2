import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { HsdsPageRequestDto, QueryBoolean } from '../../../hsds/hsds-page.request.dto';

export class ListTaxonomyTermsRequestDto extends HsdsPageRequestDto {
  @ApiPropertyOptional({ description: 'Terms of this taxonomy', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  readonly taxonomy_id?: string;

  @ApiPropertyOptional({ description: 'Children of this term', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  readonly parent_id?: string;

  @ApiPropertyOptional({ description: 'Only top-level terms' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  readonly top_only?: boolean;
}
