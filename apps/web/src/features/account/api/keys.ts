export const tokenKeys = {
  all: ['me', 'tokens'] as const,
};

export const sessionKeys = {
  all: ['me', 'sessions'] as const,
};
