/**
 * The public health pages the sleep test's "see your GP" and "get help now"
 * advice rests on, each one read before its advice was written. The result
 * lists the ones its advice used, so a reader can check them.
 */

export type CareSource = {
  title: string;
  publisher: string;
  url: string;
};

export const careSources = {
  sleepApnoea: {
    title: 'Sleep apnoea',
    publisher: 'NHS health A to Z, as published on an NHS GP practice’s site (sheensurgery.nhs.uk)',
    url: 'https://sheensurgery.nhs.uk/health-a-z/?condition=sleep-apnoea%2F',
  },
  drivingWhenSleepy: {
    title: 'Driving and sleep disorders',
    publisher: 'University Hospitals of North Midlands NHS Trust, adult sleep service',
    url: 'https://uhnm.nhs.uk/our-services/sleep-service/adult-sleep-service/driving-and-sleep-disorders',
  },
  insomnia: {
    title: 'Insomnia',
    publisher: 'NHS (beta.nhs.uk)',
    url: 'https://beta.nhs.uk/conditions/insomnia/',
  },
  insomniaSeeGp: {
    title: 'Sleep / Insomnia',
    publisher: 'The Kingswood Surgery (NHS)',
    url: 'https://www.thekingswoodsurgery.nhs.uk/insomnia',
  },
  restlessLegs: {
    title: 'Restless legs syndrome',
    publisher: 'NHS health A to Z, as published on a GP practice’s site (broadlanesurgeryhampton.co.uk)',
    url: 'https://broadlanesurgeryhampton.co.uk/health-a-z/?condition=restless-legs-syndrome%2F',
  },
  when999: {
    title: 'When to call 999',
    publisher: 'South Western Ambulance Service NHS Foundation Trust',
    url: 'https://www.swast.nhs.uk/communications-support-area',
  },
  nhs111: {
    title: '111: call 111 when you need urgent medical advice but it’s not an emergency',
    publisher: 'North East Ambulance Service NHS Foundation Trust',
    url: 'https://neas.nhs.uk/your-service/111',
  },
} as const satisfies Record<string, CareSource>;

export type CareSourceId = keyof typeof careSources;
