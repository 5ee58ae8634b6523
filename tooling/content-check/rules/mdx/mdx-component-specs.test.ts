import { describe, expect, it } from 'vitest';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { mdxComponentSpecs } from '@/components/mdx/mdx-component-specs';
import { parseMdx } from '../../mdx-tree';
import { findViolations } from './safe-mdx';
import { missingProp } from './missing-prop';
import { unknownComponent } from './unknown-component';

describe('the MDX component list', () => {
  it('names exactly the editor components of the MDX map', () => {
    const mapped = Object.keys(mdxComponents({ medium: 'article', campaign: 'test' })).filter((name) => /^[A-Z]/.test(name));
    expect(mapped.sort()).toEqual(Object.keys(mdxComponentSpecs).sort());
  });

  it('gives examples that pass every MDX rule', () => {
    for (const spec of Object.values(mdxComponentSpecs)) {
      const parsed = parseMdx(spec.example);
      expect(parsed.tree && findViolations(parsed.tree, [unknownComponent, missingProp])).toEqual([]);
    }
  });
});
