import type { BodyNode } from './body'

/**
 * Every text node of a body in story order, each with the number of the block it sits in (a new number for
 * every node entered, so two texts share one only when they are in the same paragraph or subhead). Read
 * without recursion, as bodies may nest as deep as the format allows.
 */
export function* textNodesInOrder(body: BodyNode): Generator<{ node: BodyNode & { text: string }; block: number }> {
  let block = 0
  const pending: BodyNode[] = [body]
  while (pending.length > 0) {
    const node = pending.pop()!
    if (node.type === 'text') {
      yield { node: node as BodyNode & { text: string }, block }
      continue
    }
    if (node.type !== 'doc') block++
    for (let i = (node.content?.length ?? 0) - 1; i >= 0; i--) pending.push(node.content![i]!)
  }
}
