import type { FastifyRequest } from 'fastify';

/** The origin the client reached us on, for links we hand out (PUBLIC_URL wins where set). */
export const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;
