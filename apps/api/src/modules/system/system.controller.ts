import { Controller, Get, Header } from '@nestjs/common';
import { allRoutes, api, buildOpenApiDocument } from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { DatabaseService } from '../../common/database.service.js';
import { Endpoint, type RouteOutput } from '../../common/endpoint.decorator.js';
import { Public } from '../../common/public.decorator.js';

export const APP_VERSION = '0.1.0';

const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Rundown API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;

@Controller()
export class SystemController {
  private readonly openApi = buildOpenApiDocument(allRoutes(), { title: 'Rundown API', version: APP_VERSION });

  constructor(private readonly db: DatabaseService) {}

  @Endpoint(api.health)
  async health(): Promise<RouteOutput<typeof api.health>> {
    if (!(await this.db.ping(2000))) throw new AppError('database_unavailable');
    return { status: 'ok', database: 'up', version: APP_VERSION };
  }

  @Public()
  @Get('/api/openapi.json')
  openapi(): object {
    return this.openApi;
  }

  @Public()
  @Get('/api/docs')
  @Header('content-type', 'text/html; charset=utf-8')
  docs(): string {
    return DOCS_HTML;
  }

  @Public()
  @Get('/api/docs/init.js')
  @Header('content-type', 'text/javascript; charset=utf-8')
  docsInit(): string {
    return DOCS_INIT;
  }
}
