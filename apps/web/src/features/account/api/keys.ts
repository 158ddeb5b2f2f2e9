export const tokenKeys = {
  all: ['me', 'tokens'] as const,
};
