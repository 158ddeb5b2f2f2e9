import { SetMetadata } from '@nestjs/common';

export const PUBLIC_RAW = Symbol('PUBLIC_RAW');

/**
 * For the few GET routes outside the JSON contract (the OpenAPI document and its docs
 * page): public, no input, output passed through as is. Everything else uses @Endpoint.
 */
export const Public = (): MethodDecorator => SetMetadata(PUBLIC_RAW, true);
