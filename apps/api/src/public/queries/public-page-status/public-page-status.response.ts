import { ApiProperty } from '@nestjs/swagger';

/** Whether the agreement's page for residents is up, for the control on the agreement page. */
export class PublicPageStatusDto {
  @ApiProperty({ example: 'lomma-2023-2027' }) readonly agreementId!: string;
  @ApiProperty({ description: 'Whether residents can read the page now' }) readonly published!: boolean;
  @ApiProperty({ example: '/offentlig/lomma-2023-2027', description: 'Where the page is (or would be) published' }) readonly path!: string;
  @ApiProperty({ nullable: true, type: String, description: 'When it was last published or taken down (ISO-8601); null if never published' })
  readonly changedAt!: string | null;
  @ApiProperty({ description: 'Agreement stream revision (also the ETag): send it as If-Match when publishing or taking down' })
  readonly revision!: number;
}
