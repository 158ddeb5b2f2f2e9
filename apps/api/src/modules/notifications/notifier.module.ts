import { Module } from '@nestjs/common';
import { NotifierService } from './notifier.service.js';

/** The notifier other modules call to tell people about a change, in the change's transaction. */
@Module({ providers: [NotifierService], exports: [NotifierService] })
export class NotifierModule {}
