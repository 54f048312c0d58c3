/** Display names of the supported sites (brand names: not translated). */
const SITE_NAMES: Record<string, string> = {
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};

export function siteName(site: string | undefined): string {
  return SITE_NAMES[site ?? ''] ?? site ?? '';
}
