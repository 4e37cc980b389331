import { describe, expect, it } from 'vitest'
import { linkHostProblem } from '../../../src/renderer/src/editor/linkHost'

describe('a typed link address must name a real host', () => {
  it('refuses an address typed on after an old one, and hosts under no real top-level domain', () => {
    expect(linkHostProblem('https://www.kommersant.ruhttps://kommersant.ru/doc/1')).toContain('“www.kommersant.ruhttps” is not a valid site name')
    expect(linkHostProblem('https://foo.notatld/x')).not.toBeNull()
    expect(linkHostProblem('https:///path')).toBe('The address has no site name.')
  })

  it('accepts real hosts, international names, localhost, IP addresses and mailto', () => {
    for (const address of ['https://kommersant.ru/doc/1', 'https://news.bbc.co.uk/a', 'https://пример.рф/путь', 'https://xn--e1afmkfd.xn--p1ai/', 'http://localhost:8080/x', 'http://127.0.0.1/a', 'http://[::1]/', 'https://user@example.org:8443/p?q=1#f', 'mailto:desk@example.org'])
      expect(linkHostProblem(address), address).toBeNull()
  })
})
