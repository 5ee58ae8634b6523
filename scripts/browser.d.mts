import type { LaunchOptions } from '@playwright/test';

export const systemChromium: string;
export const chromiumArgs: string[];
export function chromiumLaunchOptions(): LaunchOptions;
