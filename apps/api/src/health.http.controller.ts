import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from './identity/public.decorator.js';

class HealthView {
  @ApiProperty({ enum: ['ok'] }) readonly status!: 'ok';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthView, description: 'The API is up' })
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
