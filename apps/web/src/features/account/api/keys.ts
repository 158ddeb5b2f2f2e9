export const tokenKeys = {
  all: ['me', 'tokens'] as const,
};

export const sessionKeys = {
  all: ['me', 'sessions'] as const,
};

export const twoFactorKeys = {
  status: ['me', 'two-factor'] as const,
};
