/** The properties each JSON-LD type on the site must carry (Google's required and recommended ones we promise). */
type JsonLdObject = Record<string, unknown>;

const has = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

const required: Record<string, string[]> = {
  BlogPosting: ['headline', 'description', 'image', 'datePublished', 'dateModified', 'author', 'publisher', 'mainEntityOfPage'],
  HowTo: ['name', 'description', 'image', 'totalTime', 'step'],
  BreadcrumbList: ['itemListElement'],
  Organization: ['name', 'url', 'logo'],
  WebSite: ['name', 'url'],
};

/** Problems with one parsed JSON-LD block; empty when it is complete. */
export function jsonLdProblems(data: JsonLdObject): string[] {
  const type = String(data['@type']);
  const problems: string[] = [];
  if (data['@context'] !== 'https://schema.org') problems.push(`${type}: @context is not https://schema.org`);
  const fields = required[type];
  if (!fields) return [...problems, `unexpected @type ${type}`];
  for (const field of fields) if (!has(data[field])) problems.push(`${type}: ${field} is missing`);
  if (type === 'BlogPosting') {
    const author = data.author as JsonLdObject | undefined;
    const publisher = data.publisher as JsonLdObject | undefined;
    if (author?.['@type'] !== 'Person' || !has(author.name) || !has(author.url)) problems.push('BlogPosting: author must be a Person with name and url');
    if (publisher?.['@type'] !== 'Organization' || !has(publisher.logo)) problems.push('BlogPosting: publisher must be an Organization with a logo');
    for (const field of ['datePublished', 'dateModified'])
      if (Number.isNaN(Date.parse(String(data[field])))) problems.push(`BlogPosting: ${field} is not a date`);
  }
  if (type === 'BlogPosting' || type === 'HowTo') {
    // Every published post carries its medical review, on the page it is the main entity of.
    const page = data.mainEntityOfPage as JsonLdObject | undefined;
    const reviewer = page?.reviewedBy as JsonLdObject | undefined;
    if (page?.['@type'] !== 'WebPage' || !/^\d{4}-\d{2}-\d{2}$/.test(String(page.lastReviewed)))
      problems.push(`${type}: mainEntityOfPage must be a WebPage with lastReviewed as YYYY-MM-DD`);
    if (reviewer?.['@type'] !== 'Person' || !has(reviewer.name) || !has(reviewer.url))
      problems.push(`${type}: mainEntityOfPage.reviewedBy must be a Person with name and url`);
  }
  if (type === 'HowTo') {
    if (!/^PT\d+M$/.test(String(data.totalTime))) problems.push('HowTo: totalTime is not an ISO 8601 duration in minutes');
    const steps = data.step as JsonLdObject[];
    if (!Array.isArray(steps) || steps.length < 2 || steps.some((step) => step['@type'] !== 'HowToStep' || !has(step.text)))
      problems.push('HowTo: needs at least two HowToSteps with text');
    if (!has(data.tool) && !has(data.supply)) problems.push('HowTo: lists neither tools nor supplies');
  }
  if (type === 'BreadcrumbList') {
    const items = data.itemListElement as JsonLdObject[];
    if (!Array.isArray(items) || items.length < 2 || items.some((item, index) => item.position !== index + 1 || !has(item.name) || !has(item.item))) {
      problems.push('BreadcrumbList: needs two or more ListItems with position, name and item');
    }
  }
  return problems;
}

/** Every absolute URL inside a JSON-LD value. */
export function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(urlsIn);
  return [];
}
