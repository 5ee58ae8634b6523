/** The SLEEP_TEST_URL the "external-sleep-test" Playwright project starts its site with. */
export const configuredSleepTestUrl = 'https://sleep-test.example.com/start';
