import { describe, expect, it } from 'vitest';
import { candidateKeys, siteKey } from '../../../lib/sites/host';

describe('siteKey', () => {
  it('reduces URLs and typed hosts to one key', () => {
    expect(siteKey('https://www.Example.com:8080/news?x=1')).toBe('example.com');
    expect(siteKey('example.com')).toBe('example.com');
    expect(siteKey('  News.Example.co.uk  ')).toBe('news.example.co.uk');
    expect(siteKey('http://127.0.0.1:5178/a.html')).toBe('127.0.0.1');
  });
  it('refuses what is no web site', () => {
    for (const bad of ['', 'javascript:alert(1)', 'file:///etc/passwd', 'chrome://settings', 'exa mple.com', 'data:text/html,x', '<img src=x>']) {
      expect(siteKey(bad), bad).toBeUndefined();
    }
  });
});

describe('candidateKeys', () => {
  it('lists the host and its parents (never a bare top-level domain), most specific first', () => {
    expect(candidateKeys('a.b.example.com')).toEqual(['a.b.example.com', 'b.example.com', 'example.com']);
    expect(candidateKeys('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(candidateKeys('localhost')).toEqual(['localhost']);
  });
});
