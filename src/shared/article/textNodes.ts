import type { BodyNode } from './body'

/** A block quote given a speaker (and so an id): a quote of its own, whatever marks its text carries. */
export interface SourcedBlock {
  id: string
  sourceId: string
}

function sourcedBlock(node: BodyNode): SourcedBlock | null {
  const { id, sourceId } = (node.type === 'blockquote' ? node.attrs : undefined) ?? {}
  return typeof id === 'string' && typeof sourceId === 'string' ? { id, sourceId } : null
}

/**
 * Every text node of a body in story order, each with the number of the block it sits in (a new number for
 * every node entered, so two texts share one only when they are in the same paragraph or subhead) and the
 * sourced block quote it is in, if any. Read without recursion, as bodies may nest as deep as the format allows.
 */
export function* textNodesInOrder(body: BodyNode): Generator<{ node: BodyNode & { text: string }; block: number; sourcedBlock: SourcedBlock | null }> {
  let block = 0
  const pending: { node: BodyNode; inBlock: SourcedBlock | null }[] = [{ node: body, inBlock: null }]
  while (pending.length > 0) {
    const { node, inBlock } = pending.pop()!
    if (node.type === 'text') {
      yield { node: node as BodyNode & { text: string }, block, sourcedBlock: inBlock }
      continue
    }
    if (node.type !== 'doc') block++
    const within = sourcedBlock(node) ?? inBlock
    for (let i = (node.content?.length ?? 0) - 1; i >= 0; i--) pending.push({ node: node.content![i]!, inBlock: within })
  }
}
