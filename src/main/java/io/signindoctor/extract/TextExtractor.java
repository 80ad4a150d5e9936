package io.signindoctor.extract;

import io.signindoctor.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the facts a text states, with the catalogues: values first, then their roles from cue words in the same
 * sentence, statements from cue words in one clause with their negation, the client's known messages by how much of
 * them is there, and the error codes with what they are evidence for. Built once from the catalogues and stateless
 * afterwards, so threads share it. A fact stated twice in one incident (the same error quoted in the description
 * and in the work notes) is kept once, at its first mention, so the output lists what the text says, not how often.
 */
public final class TextExtractor {

    /** The reading number of an affirming idiom's phrase ("no problem"), whose negation word negates nothing. */
    static final int AFFIRMING = -3;
    /** The reading number of a denial's phrase ("not", "instead of"), which says the value after it is not so. */
    static final int DENYING = -4;
    /** The reading numbers of a phrase naming another system than the client, and of one naming the client. */
    static final int ELSEWHERE = -5;
    static final int OWN = -6;

    /**
     * A cue phrase of a reading, by the stem of its first word: the reading, its group (-1 for unless); an irrealis
     * phrase has reading -1, an affirming idiom {@link #AFFIRMING}.
     */
    record CueRef(int reading, int group, String[] phrase) {
    }

    /** A sentence of a known message that contains a stem; flat numbers the sentences of all messages in turn. */
    record MessageRef(int message, int sentence, int flat) {
    }

    /**
     * One cue phrase and every entry that lists it, so a phrase shared by many entries is compared once. What a match
     * of it tells before any reading is looked at closely is worked out once, when the catalogues are indexed: the
     * cue groups it belongs to, the readings it is a cue or unless phrase of, whether it is irrealis.
     */
    static final class Phrase {
        private final String[] words;
        /** The phrase's place among those that start with the same stem: phrases found at one token keep it. */
        private final int order;
        private final List<CueRef> refs = new ArrayList<>();
        private int[] groups;
        private long[] readings;
        /** The reading and group of each entry that lists the phrase, in the order of refs. */
        private int[] refReadings;
        private int[] refGroups;
        private boolean irrealis;
        private boolean affirming;
        private boolean denying;
        private boolean elsewhere;
        private boolean own;

        Phrase(String[] words, int order) {
            this.words = words;
            this.order = order;
        }

        String[] words() {
            return words;
        }

        int order() {
            return order;
        }

        List<CueRef> refs() {
            return refs;
        }

        /** The cue groups (by the extractor's group index) this phrase is a cue of, each once. */
        int[] groups() {
            return groups;
        }

        /** Whether the phrase is a cue or unless phrase of any reading in a set of readings (a bit per reading). */
        boolean ofAny(long[] readingSet) {
            for (int word = 0; word < readings.length; word++) {
                if ((readings[word] & readingSet[word]) != 0) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the phrase is a cue or unless phrase of a reading. */
        boolean of(int reading) {
            return (readings[reading >>> 6] & 1L << reading) != 0;
        }

        /** The reading of each entry that lists the phrase (-1 for irrealis), in the order of {@link #refs()}. */
        int[] refReadings() {
            return refReadings;
        }

        /** The cue group of each entry that lists the phrase (-1 for unless), in the order of {@link #refs()}. */
        int[] refGroups() {
            return refGroups;
        }

        /** Whether the phrase is an irrealis phrase. */
        boolean irrealis() {
            return irrealis;
        }

        /** Whether the phrase is an affirming idiom ("no problem"). */
        boolean affirming() {
            return affirming;
        }

        /** Whether the phrase is a denial ("instead of"). */
        boolean denying() {
            return denying;
        }

        /** Whether the phrase names another system than the client's sign-in ("Outlook", "service account"). */
        boolean elsewhere() {
            return elsewhere;
        }

        /** Whether the phrase names the client itself ("Lync", "Skype for Business"). */
        boolean own() {
            return own;
        }

        private void seal(TextExtractor extractor) {
            refReadings = refs.stream().mapToInt(CueRef::reading).toArray();
            refGroups = refs.stream().mapToInt(CueRef::group).toArray();
            groups = refs.stream().filter(ref -> ref.reading() >= 0 && ref.group() >= 0)
                    .mapToInt(ref -> extractor.groupIndex(ref.reading(), ref.group())).distinct().toArray();
            readings = new long[extractor.readingSetWords()];
            refs.stream().filter(ref -> ref.reading() >= 0)
                    .forEach(ref -> readings[ref.reading() >>> 6] |= 1L << ref.reading());
            irrealis = refs.stream().anyMatch(ref -> ref.reading() == -1);
            affirming = refs.stream().anyMatch(ref -> ref.reading() == AFFIRMING);
            denying = refs.stream().anyMatch(ref -> ref.reading() == DENYING);
            elsewhere = refs.stream().anyMatch(ref -> ref.reading() == ELSEWHERE);
            own = refs.stream().anyMatch(ref -> ref.reading() == OWN);
        }
    }

    /**
     * All the catalogues know about one word stem, found with a single lookup per word of a text: the cue phrases
     * that start with it, the message sentences that hold it, whether it negates, and the error code it names.
     */
    static final class StemEntry {
        final List<Phrase> phrases = new ArrayList<>();
        /** The same phrases as a tree of the stems after the first, made once every phrase is indexed. */
        PhraseTree tree;
        final List<MessageRef> messages = new ArrayList<>();
        /** This stem's number among the stems that occur in messages, -1 for one that occurs in none. */
        int messageStem = -1;
        boolean negator;
        ErrorCode code;
    }

    private final PatternCatalog catalog;
    private final Map<String, StemEntry> stems = new HashMap<>();
    /** Every stem the catalogues use, in any position of a phrase or message. */
    private final Set<String> known = new HashSet<>();
    /** Every stem that is respelled or known, with its respelling and what is known of that: see {@link #word}. */
    private final Map<String, Word> words = new HashMap<>();
    /** The same stems and words, for the lookups made per token once the catalogues are indexed. */
    private final StemMap<StemEntry> entries;
    private final StemMap<Word> wordLookup;
    /** The message each sentence (by its flat number) belongs to, and how many stems it has. */
    private final int[] sentenceMessage;
    private final int[] sentenceSize;
    private int messageStems;
    /** Where each reading's cue groups start in a numbering of the groups of all readings in turn. */
    private final int[] firstGroup;
    /** The reading each cue group belongs to, by the group's index, and how many groups each reading has. */
    private final int[] groupReading;
    private final int[] readingGroups;
    private final int groupCount;
    /** For each reading, the other readings that state the same fact, such as TCP and TLS for the transport. */
    private final int[][] siblings;
    /** The readings without cue groups, a bit per reading: every text has all of their groups. */
    private final long[] withoutGroups;
    /** The tests role readings put to a value beyond its kind, one reading for each (see {@link #valueShape}). */
    private final Map<ValueKind, List<Reading>> valueTests;
    /** Each thread's tables for the text it reads (see {@link ReadingScratch}); the extractor itself stays shared. */
    private final ThreadLocal<ReadingScratch> scratch = ThreadLocal.withInitial(() -> new ReadingScratch(this));

    public TextExtractor(PatternCatalog catalog) {
        this.catalog = catalog;
        List<Reading> readings = catalog.readings();
        valueTests = valueTests(readings);
        firstGroup = new int[readings.size()];
        int groups = 0;
        for (int r = 0; r < readings.size(); r++) {
            firstGroup[r] = groups;
            groups += readings.get(r).cues().size();
        }
        groupCount = groups;
        siblings = siblings(readings);
        groupReading = new int[groups];
        readingGroups = new int[readings.size()];
        for (int r = 0; r < readings.size(); r++) {
            readingGroups[r] = readings.get(r).cues().size();
            java.util.Arrays.fill(groupReading, firstGroup[r], firstGroup[r] + readingGroups[r], r);
        }
        withoutGroups = new long[readingSetWords()];
        for (int r = 0; r < readings.size(); r++) {
            if (readingGroups[r] == 0) {
                withoutGroups[r >>> 6] |= 1L << r;
            }
        }
        for (int r = 0; r < readings.size(); r++) {
            Reading reading = readings.get(r);
            for (int g = 0; g < reading.cues().size(); g++) {
                for (String[] phrase : reading.cues().get(g)) {
                    index(new CueRef(r, g, phrase));
                    for (String[] variant : catalog.contractions().variants(phrase, reading.cues().get(g))) {
                        index(new CueRef(r, g, variant));
                    }
                }
            }
            for (String[] phrase : reading.unless()) {
                index(new CueRef(r, -1, phrase));
                for (String[] variant : catalog.contractions().variants(phrase, reading.unless())) {
                    index(new CueRef(r, -1, variant));
                }
            }
        }
        List<KnownMessage> messages = catalog.messages();
        int sentences = messages.stream().mapToInt(message -> message.sentences().size()).sum();
        sentenceMessage = new int[sentences];
        sentenceSize = new int[sentences];
        int flat = 0;
        for (int m = 0; m < messages.size(); m++) {
            for (int s = 0; s < messages.get(m).sentences().size(); s++, flat++) {
                sentenceMessage[flat] = m;
                sentenceSize[flat] = messages.get(m).sentences().get(s).size();
                for (String stem : messages.get(m).sentences().get(s)) {
                    StemEntry entry = entryFor(stem);
                    entry.messages.add(new MessageRef(m, s, flat));
                    if (entry.messageStem < 0) {
                        entry.messageStem = messageStems++;
                    }
                }
            }
        }
        for (String[] phrase : catalog.irrealis()) {
            index(new CueRef(-1, -2, phrase));
        }
        for (String[] phrase : catalog.affirming()) {
            index(new CueRef(AFFIRMING, -2, phrase));
        }
        for (String[] phrase : catalog.denials()) {
            index(new CueRef(DENYING, -2, phrase));
        }
        for (String[] phrase : catalog.scopeWords().elsewhere()) {
            index(new CueRef(ELSEWHERE, -2, phrase));
        }
        for (String[] phrase : catalog.scopeWords().own()) {
            index(new CueRef(OWN, -2, phrase));
        }
        catalog.negators().forEach(negator -> entryFor(negator).negator = true);
        known.addAll(stems.keySet());
        Respellings respellings = new Respellings(known, catalog.abbreviations());
        for (ErrorCode code : catalog.codes()) {
            code.names().forEach(name -> entryFor(Stems.of(name)).code = code);
        }
        for (StemEntry entry : stems.values()) {
            entry.phrases.forEach(phrase -> phrase.seal(this));
            entry.tree = PhraseTree.of(entry.phrases);
        }
        for (String stem : respellings.respelled()) {
            String written = respellings.of(stem);
            words.put(stem, new Word(written, stems.get(written)));
        }
        stems.forEach((stem, entry) -> words.putIfAbsent(stem, new Word(stem, entry)));
        List<Lexicon.Entry> translations = new ArrayList<>(catalog.lexicon().entries());
        translations.sort(java.util.Comparator.comparingInt(translation -> translation.foreign().length));
        for (Lexicon.Entry translation : translations) {
            String[] foreign = translation.foreign();
            String last = foreign[foreign.length - 1];
            String[] before = foreign.length == 1 ? null : java.util.Arrays.copyOf(foreign, foreign.length - 1);
            words.put(last, new Word(translation.english(), stems.get(translation.english()), translation.negated(),
                    before, before == null ? null : words.get(last)));
        }
        entries = new StemMap<>(stems);
        wordLookup = new StemMap<>(words);
    }

    private static int[][] siblings(List<Reading> readings) {
        int[][] siblings = new int[readings.size()][];
        for (int r = 0; r < readings.size(); r++) {
            Set<String> subjects = new HashSet<>();
            readings.get(r).facts().forEach(template -> subjects.add(template.subject()));
            List<Integer> same = new ArrayList<>();
            for (int other = 0; other < readings.size(); other++) {
                if (other != r && readings.get(other).facts().stream()
                        .anyMatch(template -> subjects.contains(template.subject()))) {
                    same.add(other);
                }
            }
            siblings[r] = same.stream().mapToInt(Integer::intValue).toArray();
        }
        return siblings;
    }

    /** The other readings that state a fact this reading states. */
    int[] siblings(int reading) {
        return siblings[reading];
    }

    private StemEntry entryFor(String stem) {
        return stems.computeIfAbsent(stem, key -> new StemEntry());
    }

    private void index(CueRef ref) {
        if (ref.phrase().length == 0) {
            return;
        }
        StemEntry entry = entryFor(ref.phrase()[0]);
        known.addAll(List.of(ref.phrase()));
        for (Phrase phrase : entry.phrases) {
            if (java.util.Arrays.equals(phrase.words(), ref.phrase())) {
                phrase.refs().add(ref);
                return;
            }
        }
        Phrase phrase = new Phrase(ref.phrase(), entry.phrases.size());
        phrase.refs().add(ref);
        entry.phrases.add(phrase);
    }

    /**
     * Adds to found what the field's text states; seen holds the facts already known (by their description) and is
     * updated. The source is where the field starts; each fact's source names the line its words are on.
     */
    public void extract(String field, String text, Source source, List<Extracted> found, Set<String> seen) {
        if (text == null || text.isBlank()) {
            return;
        }
        read(text, source).addTo(field, source, found, seen, catalog.firstMentionWins());
    }

    /** What a text that starts at the given place states on its own, whatever else its incident says. */
    FieldFacts read(String text, Source source) {
        NormalisedText normalised = NormalisedText.of(text);
        List<Token> tokens = Lexer.tokens(normalised);
        return read(normalised, tokens, Segments.of(normalised, tokens), new FactWriter(normalised, tokens, source, null));
    }

    /**
     * Does what {@link #read(String, Source)} does, taking the steps of a text of the same shape read before, when
     * shapes holds them, instead of reading the text (see {@link TextShapes}).
     */
    FieldFacts read(String text, Source source, TextShapes shapes) {
        NormalisedText normalised = NormalisedText.of(text);
        List<Token> tokens = Lexer.tokens(normalised);
        Segments segments = Segments.of(normalised, tokens);
        String shape = shapes.shapeOf(normalised, tokens, segments, this);
        FactSteps known = shape == null ? null : shapes.stepsOf(shape);
        if (known != null) {
            FactWriter writer = new FactWriter(normalised, tokens, source, null);
            known.replay(writer);
            return writer.facts();
        }
        FactSteps.Builder steps = shape != null && shapes.worthKeeping(shape) ? new FactSteps.Builder() : null;
        FieldFacts facts = read(normalised, tokens, segments, new FactWriter(normalised, tokens, source, steps));
        if (steps != null) {
            shapes.keep(shape, steps.build());
        }
        return facts;
    }

    private FieldFacts read(NormalisedText text, List<Token> tokens, Segments segments, FactWriter writer) {
        ReadingScratch tables = scratch.get();
        if (!tables.take()) {
            tables = new ReadingScratch(this);
            tables.take();
        }
        try {
            return new TextReading(this, text, tokens, segments, writer, tables).read();
        } finally {
            tables.release();
        }
    }

    PatternCatalog catalog() {
        return catalog;
    }

    /** How many cue groups the readings have together. */
    int groupCount() {
        return groupCount;
    }

    /** The reading a cue group belongs to, by the group's number among the groups of all readings. */
    int readingOfGroup(int group) {
        return groupReading[group];
    }

    /** How many longs a set of readings takes, a bit per reading. */
    int readingSetWords() {
        return (readingGroups.length + 63) >>> 6;
    }

    /** How many cue groups each reading has, by reading: a copy the caller may change. */
    int[] groupsPerReading() {
        return readingGroups.clone();
    }

    /** How many cue groups a reading has. */
    int groupsOf(int reading) {
        return readingGroups[reading];
    }

    /** The readings without cue groups, a bit per reading: a copy the caller may change. */
    long[] readingsWithoutGroups() {
        return withoutGroups.clone();
    }

    /** A cue group's number among the groups of all readings. */
    int groupIndex(int reading, int group) {
        return firstGroup[reading] + group;
    }

    /** How many sentences the known messages have together. */
    int messageSentences() {
        return sentenceMessage.length;
    }

    /** The message a sentence belongs to, by the sentence's flat number. */
    int messageOf(int flatSentence) {
        return sentenceMessage[flatSentence];
    }

    /** How many stems a sentence of a known message has, by its flat number. */
    int sentenceSize(int flatSentence) {
        return sentenceSize[flatSentence];
    }

    /** How many stems occur in the known messages. */
    int messageStems() {
        return messageStems;
    }

    /**
     * What the catalogues make of a word's stem: the stem they write for it (an abbreviation's full word, a typo's
     * right spelling, else the stem itself) and what they know of that; null when the stem is neither respelled nor
     * known, so the stem stands as it is and they know nothing of it. One lookup per word of a text.
     */
    Word word(String stem) {
        return wordLookup.get(stem);
    }

    /**
     * A word's stem as the catalogues write it, and what they know of it (null for nothing); negated for a foreign
     * word that means "not" the stem (Czech "nefunguje"). A translated phrase's last word has the phrase's other
     * words as before, and reads so only after them; otherwise is then what the word alone would be.
     */
    record Word(String stem, StemEntry entry, boolean negated, String[] before, Word otherwise) {

        Word(String stem, StemEntry entry) {
            this(stem, entry, false, null, null);
        }
    }

    /** The stem a value is looked up by: its own, or a registry path's value name's ("...\\MSV1_0\\NtlmMinServerSec"). */
    static String valueStem(Token value) {
        String written = value.text();
        return Stems.of(value.kind() == ValueKind.REGISTRY_KEY
                ? written.substring(written.lastIndexOf('\\') + 1) : written);
    }

    /**
     * What the catalogues know of a value with the given stem: by the stem, else a host name by its first label
     * ("lyncdiscover"); null when they know nothing of it.
     */
    StemEntry valueEntry(Token value, String stem) {
        StemEntry entry = entry(stem);
        if (entry == null && value.kind().isHost()) {
            String label = catalog.hostLabels().wordOf(value.text());
            return label == null ? null : entry(label);
        }
        return entry;
    }

    /**
     * What a reading may look at in a value with the given stem beyond its kind, written out for a text's shape
     * ({@link TextShapes}): the stem, when a phrase or message of the catalogues holds it ("2013" in "Lync 2013") or
     * it names an error code; a host name's first label when the catalogues know it ("lyncdiscover"); and which of
     * the tests that role readings put to a value's text it passes (a number's range, a pattern such as sip\.).
     */
    String valueShape(Token value, String stem) {
        StringBuilder shape = new StringBuilder();
        if (known.contains(stem) || entry(stem) != null) {
            shape.append(stem);
        }
        String label = value.kind().isHost() ? catalog.hostLabels().wordOf(value.text()) : null;
        if (label != null && entry(label) != null) {
            shape.append('@').append(label);
        }
        for (Reading test : valueTests.get(value.kind())) {
            shape.append(test.accepts(value) ? '+' : '-');
        }
        return shape.toString();
    }

    /**
     * One role reading for each distinct test beyond a value's kind that role readings put to a value (a range for
     * numbers, a pattern for the value's text), by the kinds of value it is put to.
     */
    private static Map<ValueKind, List<Reading>> valueTests(List<Reading> readings) {
        Map<String, Reading> tests = new java.util.LinkedHashMap<>();
        for (Reading reading : readings) {
            boolean ranged = reading.takes().contains(ValueKind.NUMBER)
                    && (reading.min() != 0 || reading.max() != Long.MAX_VALUE);
            if (reading.isRole() && (ranged || reading.valuePattern() != null)) {
                tests.putIfAbsent(reading.takes() + " " + reading.min() + " " + reading.max() + " "
                        + (reading.valuePattern() == null ? "" : reading.valuePattern().pattern()), reading);
            }
        }
        Map<ValueKind, List<Reading>> byKind = new java.util.EnumMap<>(ValueKind.class);
        for (ValueKind kind : ValueKind.values()) {
            byKind.put(kind, tests.values().stream().filter(test -> test.takes().contains(kind)).toList());
        }
        return byKind;
    }

    /** What the catalogues know about a stem; null when they know nothing of it. */
    StemEntry entry(String stem) {
        return entries.get(stem);
    }
}
