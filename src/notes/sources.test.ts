import { describe, expect, it } from 'vitest';
import { collectSources, siteOf } from './sources.ts';

const source = (url: string, name = 'A report', quote?: string) => ({ name, url, accessed: '2026-11-25', tier: 'press' as const, ...(quote ? { quote } : {}) });

describe('collectSources', () => {
  it('lists each address once, in order of first citation, with back-links to every item citing it', () => {
    const list = collectSources([
      { id: 'sn-a', label: 'Note 1', href: '#sn-a', sources: [source('https://b.example/1', 'B', 'q1'), source('https://a.example/')] },
      { id: 'fc-x', label: 'Fact-check 1', href: '#fc-x', sources: [source('https://b.example/1', 'B, another title', 'q2')] },
      { id: 'sn-b', label: 'Note 2', href: '#sn-b', sources: [source('https://b.example/1', 'B', 'q1'), source('https://b.example/1', 'B', 'q3')] },
    ]);
    expect(list.map((s) => s.url)).toEqual(['https://b.example/1', 'https://a.example/']);
    expect(list[0]!.names).toEqual(['B', 'B, another title']);
    expect(list[0]!.quotes).toEqual(['q1', 'q2', 'q3']);
    expect(list[0]!.citedBy.map((c) => c.href)).toEqual(['#sn-a', '#fc-x', '#sn-b']);
    expect(list[1]!.citedBy).toEqual([{ id: 'sn-a', label: 'Note 1', href: '#sn-a' }]);
  });

  it('shows a passage once: a quote inside a longer quote of the same page is not repeated', () => {
    const list = collectSources([
      { id: 'a', label: 'A', href: '#a', sources: [source('https://x.example/', 'X', '参会企业包括阿里巴巴、腾讯等')] },
      { id: 'b', label: 'B', href: '#b', sources: [source('https://x.example/', 'X', '其他'), source('https://x.example/', 'X', '参会企业包括阿里巴巴、腾讯等。')] },
      { id: 'c', label: 'C', href: '#c', sources: [source('https://x.example/', 'X', '腾讯等')] },
    ]);
    expect(list[0]!.quotes).toEqual(['参会企业包括阿里巴巴、腾讯等。', '其他']);
    const merged = collectSources([{ id: 'a', label: 'A', href: '#a', sources: ['一', '乙', '二', '一二三'].map((q) => source('https://x.example/', 'X', q)) }]);
    expect(merged[0]!.quotes).toEqual(['一二三', '乙']);
  });

  it('keeps addresses exactly as written: http and https are different pages', () => {
    const list = collectSources([{ id: 'a', label: 'A', href: '#a', sources: [source('http://x.example/'), source('https://x.example/')] }]);
    expect(list.map((s) => s.url)).toEqual(['http://x.example/', 'https://x.example/']);
  });
});

describe('siteOf', () => {
  it('gives the host without www. or m.', () => {
    expect(siteOf('https://www.scmp.com/tech/x')).toBe('scmp.com');
    expect(siteOf('https://m.chinaz.com/2021/0913/1303350.shtml')).toBe('chinaz.com');
    expect(siteOf('http://3jjewl.riyuangf.com/quote/63022.html')).toBe('3jjewl.riyuangf.com');
  });
});
