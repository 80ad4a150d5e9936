package io.signindoctor.extract;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Finds where the keywords of every pattern occur in a text, for all patterns at once, in one pass over the text
 * (an Aho-Corasick automaton), so each regex is tried only where a match can start. Immutable once built, so
 * threads share it.
 */
final class KeywordIndex {

    /** A state: the keyword prefix read so far, and the keywords (by pattern and length) that end here. */
    private static final class Node {
        final Node[] ascii = new Node[128];
        final Map<Character, Node> other = new HashMap<>();
        Node fail;
        int[] patterns = new int[0];
        int[] lengths = new int[0];

        Node next(char c) {
            return c < 128 ? ascii[c] : other.get(c);
        }

        Node add(char c) {
            Node existing = next(c);
            if (existing != null) {
                return existing;
            }
            Node created = new Node();
            if (c < 128) {
                ascii[c] = created;
            } else {
                other.put(c, created);
            }
            return created;
        }

        /** Records a keyword of the pattern ending here (its own, or one that ends it as a suffix). */
        void ends(int pattern, int length) {
            for (int i = 0; i < patterns.length; i++) {
                if (patterns[i] == pattern && lengths[i] == length) {
                    return;
                }
            }
            patterns = Arrays.copyOf(patterns, patterns.length + 1);
            lengths = Arrays.copyOf(lengths, lengths.length + 1);
            patterns[patterns.length - 1] = pattern;
            lengths[lengths.length - 1] = length;
        }

        Iterable<Map.Entry<Character, Node>> edges() {
            Map<Character, Node> all = new HashMap<>(other);
            for (char c = 0; c < 128; c++) {
                if (ascii[c] != null) {
                    all.put(c, ascii[c]);
                }
            }
            return all.entrySet();
        }
    }

    private final Node root = new Node();
    private final int patternCount;

    /** keywords.get(i) are the lower-case keywords of pattern i. */
    KeywordIndex(List<List<String>> keywords) {
        this.patternCount = keywords.size();
        for (int pattern = 0; pattern < keywords.size(); pattern++) {
            for (String keyword : keywords.get(pattern)) {
                Node node = root;
                for (char c : keyword.toCharArray()) {
                    node = node.add(c);
                }
                node.ends(pattern, keyword.length());
            }
        }
        root.fail = root;
        Queue<Node> queue = new ArrayDeque<>();
        for (Map.Entry<Character, Node> edge : root.edges()) {
            edge.getValue().fail = root;
            queue.add(edge.getValue());
        }
        while (!queue.isEmpty()) {
            Node node = queue.remove();
            for (Map.Entry<Character, Node> edge : node.edges()) {
                Node child = edge.getValue();
                Node fail = node.fail;
                while (fail != root && fail.next(edge.getKey()) == null) {
                    fail = fail.fail;
                }
                Node target = fail.next(edge.getKey());
                child.fail = target == null ? root : target;
                for (int i = 0; i < child.fail.patterns.length; i++) {
                    child.ends(child.fail.patterns[i], child.fail.lengths[i]);
                }
                queue.add(child);
            }
        }
    }

    /**
     * For each pattern, the places in the lower-case text where one of its keywords starts, in order; null for a
     * pattern none of whose keywords occurs.
     */
    int[][] occurrences(String lowerCaseText) {
        int[][] starts = new int[patternCount][];
        int[] counts = new int[patternCount];
        Node node = root;
        for (int i = 0; i < lowerCaseText.length(); i++) {
            char c = lowerCaseText.charAt(i);
            Node next = node.next(c);
            while (next == null && node != root) {
                node = node.fail;
                next = node.next(c);
            }
            node = next == null ? root : next;
            for (int k = 0; k < node.patterns.length; k++) {
                int pattern = node.patterns[k];
                int start = i + 1 - node.lengths[k];
                if (starts[pattern] == null) {
                    starts[pattern] = new int[4];
                } else if (counts[pattern] == starts[pattern].length) {
                    starts[pattern] = Arrays.copyOf(starts[pattern], counts[pattern] * 2);
                }
                starts[pattern][counts[pattern]++] = start;
            }
        }
        for (int pattern = 0; pattern < patternCount; pattern++) {
            if (starts[pattern] != null) {
                starts[pattern] = Arrays.copyOf(starts[pattern], counts[pattern]);
                Arrays.sort(starts[pattern]);
            }
        }
        return starts;
    }
}
