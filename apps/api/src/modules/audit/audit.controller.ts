import { Controller } from '@nestjs/common';
import { api } from '@rundown/domain';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { OrgContext } from '../../common/request-context.js';
import { AuditService } from './audit.service.js';

@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Endpoint(api.orgs.audit)
  list(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof api.orgs.audit>): Promise<RouteOutput<typeof api.orgs.audit>> {
    return this.audit.list(ctx, input.query);
  }
}
