import { Module } from '@nestjs/common';
import { LiveHub } from './live-hub.service.js';
import { RundownController } from './rundown.controller.js';
import { RundownService } from './rundown.service.js';

@Module({ controllers: [RundownController], providers: [RundownService, LiveHub] })
export class RundownModule {}
