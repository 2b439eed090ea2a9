/**
 * The requested paths of locatePaths as a trie, so that one forward scan knows at every container
 * which children (keys, indexes) anybody asked about.
 */
import type { PathSegment } from '../issues/issue';

/**
 * One step of the requested paths. Children live in small parallel arrays — most containers on a
 * path have one to three requested children — and get a Map only past SMALL entries: a path per
 * record for 100,000 records must not cost a Map per record (the garbage alone rivals the scan).
 */
export interface TrieNode {
  /** Index (in the caller's list) of a path that ends at this node, or -1; further ones in `moreEnds`. */
  end: number;
  moreEnds: number[] | undefined;
  keyNames: string[] | undefined;
  keyNodes: TrieNode[] | undefined;
  keyMap: Map<string, TrieNode> | undefined;
  indexList: number[] | undefined;
  indexNodes: TrieNode[] | undefined;
  /** Past SMALL indexes: the children by index, a plain array (a list of records asked about by index). */
  indexArray: (TrieNode | undefined)[] | undefined;
  maxIndex: number;
  seen: boolean;
}

const SMALL = 8;

const newNode = (): TrieNode => ({
  end: -1,
  moreEnds: undefined,
  keyNames: undefined,
  keyNodes: undefined,
  keyMap: undefined,
  indexList: undefined,
  indexNodes: undefined,
  indexArray: undefined,
  maxIndex: -1,
  seen: false,
});

/** The child for a key, if that key was requested here. */
export function keyChild(node: TrieNode, key: string): TrieNode | undefined {
  if (node.keyMap) return node.keyMap.get(key);
  const names = node.keyNames;
  if (names) for (let k = 0; k < names.length; k++) if (names[k] === key) return node.keyNodes![k];
  return undefined;
}

/** The child for an array index, if that index was requested here. */
export function indexChild(node: TrieNode, index: number): TrieNode | undefined {
  if (index > node.maxIndex) return undefined;
  if (node.indexArray) return node.indexArray[index];
  const list = node.indexList;
  if (list) for (let k = 0; k < list.length; k++) if (list[k] === index) return node.indexNodes![k];
  return undefined;
}

/** Adds a requested key below a node. */
function addKey(node: TrieNode, key: string): TrieNode {
  const next = newNode();
  (node.keyNames ??= []).push(key);
  (node.keyNodes ??= []).push(next);
  if (node.keyMap) node.keyMap.set(key, next);
  else if (node.keyNames.length > SMALL) node.keyMap = new Map(node.keyNames.map((k, i) => [k, node.keyNodes![i]]));
  return next;
}

/** Adds a requested array index below a node. */
function addIndex(node: TrieNode, index: number): TrieNode {
  const next = newNode();
  (node.indexList ??= []).push(index);
  (node.indexNodes ??= []).push(next);
  if (node.indexArray) node.indexArray[index] = next;
  else if (node.indexList.length > SMALL) {
    // Indexes are array positions: an array indexed by them is a lookup without hashing, and
    // 100,000 records cost one slot each at most.
    node.indexArray = [];
    for (let k = 0; k < node.indexList.length; k++) node.indexArray[node.indexList[k]] = node.indexNodes[k];
  }
  if (index > node.maxIndex) node.maxIndex = index;
  return next;
}

/** Builds the trie of a list of paths; a path ends at a node as its position in the list. */
export function buildTrie(paths: readonly (readonly PathSegment[])[]): TrieNode {
  const root = newNode();
  for (let p = 0; p < paths.length; p++) {
    let node = root;
    const path = paths[p];
    for (let k = 0; k < path.length; k++) {
      const seg = path[k];
      node = typeof seg === 'number' ? (indexChild(node, seg) ?? addIndex(node, seg)) : (keyChild(node, seg) ?? addKey(node, seg));
    }
    if (node.end < 0) node.end = p;
    else (node.moreEnds ??= []).push(p);
  }
  return root;
}

