/** "2 min ago" for a recent instant; the exact time is shown beside it. */
export function timeAgo(iso: string, nowMs = Date.now()): string {
  const seconds = Math.round((nowMs - new Date(iso).getTime()) / 1000);
  if (Number.isNaN(seconds)) {
    return '';
  }
  if (seconds < 45) {
    return 'just now';
  }
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) {
    return `${minutes} min ago`;
  }
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`;
}
