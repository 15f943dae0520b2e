// What the codes test and its child process (scripts/codes-child.ts) agree on.

/** Cleans of all group conversations made right after the clean of all C2C ones. */
export const GROUP_CLEANS = 5;
