package io.signindoctor.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cue phrases that start with one stem, as a tree of the stems that follow it. A common first word ("not",
 * "server", "sign") starts dozens of phrases; comparing each of them with the words after every occurrence of it was
 * the largest single cost of reading a text. Walking the tree costs one lookup per word that really continues a
 * phrase, however many phrases share the first word.
 */
final class PhraseTree {

    private static final TextExtractor.Phrase[] NONE = {};

    /** The phrases that end at this node, in the order the catalogues listed them. */
    private TextExtractor.Phrase[] ending = NONE;
    /** The nodes one stem further while the tree is made; null at a node no phrase goes past. */
    private Map<String, PhraseTree> growing;
    /** The same nodes once the tree is made, for the lookup made at each word that may continue a phrase. */
    private StemMap<PhraseTree> next;

    private PhraseTree() {
    }

    /** The tree of phrases that all start with the same stem; each phrase's place in the list is its order. */
    static PhraseTree of(List<TextExtractor.Phrase> phrases) {
        PhraseTree root = new PhraseTree();
        for (TextExtractor.Phrase phrase : phrases) {
            PhraseTree node = root;
            String[] words = phrase.words();
            for (int k = 1; k < words.length; k++) {
                if (node.growing == null) {
                    node.growing = new HashMap<>();
                }
                node = node.growing.computeIfAbsent(words[k], stem -> new PhraseTree());
            }
            node.ending = Arrays.copyOf(node.ending, node.ending.length + 1);
            node.ending[node.ending.length - 1] = phrase;
        }
        root.seal();
        return root;
    }

    /** Turns the nodes' growing maps into lookup tables, from this node down. */
    private void seal() {
        if (growing != null) {
            growing.values().forEach(PhraseTree::seal);
            next = new StemMap<>(growing);
            growing = null;
        }
    }

    /** The phrases whose last word is this node's stem. */
    TextExtractor.Phrase[] ending() {
        return ending;
    }

    /** The node one stem further, or null when no phrase continues with that stem. */
    PhraseTree next(String stem) {
        return next == null ? null : next.get(stem);
    }
}
