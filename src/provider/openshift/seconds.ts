// Lifetimes in messages: the broker counts seconds; people read "604800 seconds (7d)".
import { formatDuration } from '../renewal/go-duration';

export function formatSeconds(seconds: number): string {
  return `${seconds} seconds (${formatDuration(seconds * 1000)})`;
}
