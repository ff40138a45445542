// The path prefix of the admin API. No real client of the three platforms sends a path starting with
// it, so it can share the port with the platform API without colliding.
export const ADMIN_PREFIX = '/__emulator';
