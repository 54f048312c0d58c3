/**
 * The blob of the organisation packs and the backstop's weights (./delivered.ts) as the extension carries it apart from the
 * content scripts: the background writes it to storage (lib/background/rule-data.ts), where the
 * content scripts and the options page read it. The build replaces this module with the packed
 * blob (scripts/lib/rule-data-plugin.ts); under Node and in vitest there is none, because
 * ./source.ts reads every file from disk.
 */
import type { DeliveredRuleData } from './delivered';

export const deliveredBlob: DeliveredRuleData | undefined = undefined;
