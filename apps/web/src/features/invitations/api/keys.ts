/** An invitation is read before sign-in, by its link's token: its keys name no organization. */
export const invitationKeys = {
  preview: (token: string) => ['invitations', token] as const,
};
