/** An error whose message is meant for the user as it stands: main shows it, the CLI prints it. */
export class UserFacingError extends Error {}
