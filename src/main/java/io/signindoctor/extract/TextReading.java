package io.signindoctor.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reading of one text: its tokens, sentences and clauses, where each cue occurs, and the facts found so far.
 * Every step is a pass over the tokens or a binary search in the cue occurrences, so the work grows with the text's
 * length (times a logarithm) and never with the square of it.
 */
final class TextReading {

    /** How far back, in tokens, a role looks for its anchor (an nslookup answer names the SRV record lines above). */
    private static final int ANCHOR_REACH = 40;
    /** How far, in tokens, a negation word may stand from a statement's cues and still negate it. */
    private static final int NEGATION_REACH = 4;
    /** How far from a statement's cue words a veto word still cancels it, within the clause. */
    private static final int VETO_REACH = 4;
    /** How far after a cue its own value may stand ("NtlmMinServerSec on the front end is 0x20080030"). */
    private static final int OWN_VALUE_REACH = 8;
    /** How far after a statement's last cue a negation still negates it ("sign-in fails", not "... so she cannot"). */
    private static final int TRAILING_NEGATION_REACH = 2;
    /** For a reading whose cues may stand in other sentences than its value (dig prints the status lines above). */
    private static final int ANY_SENTENCE = -1;
    /** How far back, in tokens, a "should" or an "either" reaches over what it governs. */
    private static final int IRREALIS_REACH = 8;
    /**
     * What a comma or colon between a statement's first cue and another group's cue adds to their distance: of two
     * cues the one in the subject's own phrase belongs to it ("external user cannot login, internal user login ok"
     * gives "internal" the "login ok" after it, not the "cannot login" before the comma).
     */
    private static final int ACROSS_PAUSE = 20;
    /** How far before a statement's cue a denial still dismisses it ("no access denied", "not a name mismatch"). */
    private static final int DISMISSAL_REACH = 2;
    /** How far before a value a denial still denies it ("not on 5060", "no listener on 5060"). */
    private static final int DENIAL_REACH = 4;
    /** Beyond this many tokens a cue is too far for any reading, and is not looked at more closely. */
    private static final int FAR = 64;
    /** How many occurrences of other groups a search steps over, each way, before it gives up on a group. */
    private static final int SEARCH_STEPS = 8;
    /** The words that may stand between "as" and the cue that names a value's role. */
    private static final Set<String> DETERMINERS = Set.of("the", "our", "its", "his", "her", "their", "my", "your",
            "a", "an");
    /**
     * The words that name a DNS name's kind of record just after it ("_sipinternaltls._tcp.contoso.com SRV record",
     * "sip.contoso.com A record", "lyncdiscover.contoso.com DNS entry"): they are the name's own label, and a cue after
     * them ("... SRV record is missing") counts from the end of the label, as near as a cue just after the name.
     */
    private static final Set<String> RECORD_KIND_WORDS = Set.of("dns", "srv", "a", "aaaa", "host", "cname", "record",
            "records", "entry", "entries");
    /** Of the words above, those that make a run of them a record's label (a lone "a" or "dns" does not). */
    private static final Set<String> RECORD_NOUNS = Set.of("srv", "cname", "record", "records", "entry", "entries");

    /** Where a cue phrase of a reading's group occurs, as first and last token. */
    record Occurrence(int group, int first, int last) {
    }

    private record Candidate(int reading, int value, int score, int anchor, int first, int last) {
    }

    private final TextExtractor extractor;
    private final PatternCatalog catalog;
    private final NormalisedText text;
    /** Makes the facts the text states, each once at its first mention. */
    private final FactWriter writer;
    private final List<Token> tokens;
    private final Segments segments;
    private final String[] stems;
    private final int[] negations;
    /** Whether each token is a negation word ("not", "fails", a foreign word meaning "not" a cue). */
    private final boolean[] negator;
    /** What each negation governs: a denial of trouble, an answer, or the clause it stands in. */
    private final NegationScope negationScope;
    /** The questions that weigh a hypothesis: nothing in them is read as a fact. */
    private final Questions questions;
    /** The clauses about another system than the client's sign-in: nothing in them is read as a fact of the case. */
    private Elsewhere elsewhere;
    /** The short replies to a question, which take their cue words from it. */
    private final Answers answers;
    private final boolean[] used;
    /** Where an irrealis phrase ("should", "either") starts: what follows it in its clause is not read as a fact. */
    private final boolean[] irrealis;
    /** Tokens where a cue phrase of some reading begins, found whole in this text. */
    private final boolean[] cueStarts;
    /** The words of an affirming idiom ("no problem", "without issues"), whose negation word negates nothing. */
    private final boolean[] affirming;
    /** Where a denial ("not", "instead of") ends: a value just after it is one the text says is not the case. */
    private final boolean[] denial;
    /**
     * The tables by cue group and by reading, this thread's for the text: whether each group occurs, how many groups of
     * each reading do not yet, and each reading's cue occurrences in token order, made from the phrases found only
     * when a step asks for them: a word as common as "user" starts cues of dozens of readings, most of which never
     * have all their groups.
     */
    private final ReadingScratch tables;
    private boolean occurrencesMade;
    /** The cue phrases found, in token order: each one's phrase, and its first and last token. */
    private TextExtractor.Phrase[] foundPhrases = new TextExtractor.Phrase[16];
    /** The cue phrases that start at the token being looked at, reused from one token to the next. */
    private TextExtractor.Phrase[] matched = new TextExtractor.Phrase[8];
    private int[] foundSpans = new int[32];
    private int foundCount;
    /** What the catalogues know about each token's stem (null for a word they do not know). */
    private final TextExtractor.StemEntry[] entries;
    /** The tokens that are values, in order: only they can take a role. */
    private final int[] values;
    /** The best similarity of each known message in the sentence being read (-1 for none), made on first use. */
    private double[] best;
    /**
     * The readings whose cue groups all occur, a bit per reading: the steps look only at these, in the catalogues'
     * order, not at every reading of the catalogues.
     */
    private final long[] complete;

    TextReading(TextExtractor extractor, NormalisedText text, List<Token> tokens, Segments segments,
            FactWriter writer, ReadingScratch tables) {
        this.extractor = extractor;
        this.catalog = extractor.catalog();
        this.text = text;
        this.writer = writer;
        this.tokens = tokens;
        this.segments = segments;
        this.stems = new String[tokens.size()];
        this.entries = new TextExtractor.StemEntry[tokens.size()];
        this.negations = new int[tokens.size() + 1];
        this.used = new boolean[tokens.size()];
        this.irrealis = new boolean[tokens.size()];
        this.cueStarts = new boolean[tokens.size()];
        this.affirming = new boolean[tokens.size()];
        this.denial = new boolean[tokens.size()];
        int[] valueTokens = new int[tokens.size()];
        this.negator = new boolean[tokens.size()];
        int valueCount = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isValue()) {
                valueTokens[valueCount++] = i;
                lookUpValue(i, token);
            } else {
                lookUpWord(i, token.text());
            }
            if (i > 0 && entries[i - 1] == null && catalog.possessions().owns(text, tokens, i - 1, stems[i])) {
                stems[i - 1] = catalog.possessions().readAs();
                entries[i - 1] = extractor.entry(stems[i - 1]);
            }
            negator[i] = entries[i] != null && entries[i].negator || negator[i] || token.text().endsWith("n't");
            negations[i + 1] = negations[i] + (negator[i] ? 1 : 0);
        }
        this.negationScope = NegationScope.of(text, tokens, segments, stems, negator, catalog.scopeWords());
        this.questions = Questions.of(text, tokens, segments, stems, catalog.scopeWords());
        this.answers = Answers.of(text, tokens, segments);
        this.values = Arrays.copyOf(valueTokens, valueCount);
        this.tables = tables;
        this.complete = extractor.readingsWithoutGroups();
    }

    /**
     * Puts a word's stem as the catalogues write it, and what they know of it, in stems and entries, and notes in the
     * negator table a foreign word that means "not" the stem.
     */
    private void lookUpWord(int i, String word) {
        String stem = Stems.of(word);
        TextExtractor.Word known = extractor.word(stem);
        while (known != null && known.before() != null && !Translations.follows(tokens, i, known.before())) {
            known = known.otherwise();
        }
        stems[i] = known == null ? stem : known.stem();
        entries[i] = known == null ? null : known.entry();
        negator[i] = known != null && known.negated();
    }

    /** Puts a value's stem and what the catalogues know of it in stems and entries (a host by its first label). */
    private void lookUpValue(int i, Token value) {
        stems[i] = TextExtractor.valueStem(value);
        entries[i] = extractor.valueEntry(value, stems[i]);
    }

    /** Reads the text: what it states, on its own; {@link FieldFacts#addTo} weighs that against its incident. */
    FieldFacts read() {
        findCues();
        readMessages();
        readCodeNames();
        readRoles();
        readStatements();
        return writer.facts();
    }

    private void findCues() {
        boolean[] other = new boolean[tokens.size()];
        boolean[] own = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (entries[i] == null || negationScope.isInterjection(i)) {
                continue;
            }
            int matches = phrasesAt(i);
            for (int m = 0; m < matches; m++) {
                TextExtractor.Phrase phrase = matched[m];
                int last = i + phrase.words().length - 1;
                if (phrase.denying()) {
                    denial[last] = true;
                }
                if (phrase.affirming()) {
                    Arrays.fill(affirming, i, last + 1, true);
                }
                if (phrase.irrealis() && !(last == i && catalog.trials().opens(stems, i))) {
                    irrealis[i] = true;
                }
                other[i] |= phrase.elsewhere();
                own[i] |= phrase.own();
                cueStarts[i] = true;
                found(phrase, i, last);
                for (int group : phrase.groups()) {
                    if (tables.findGroup(group)) {
                        int reading = extractor.readingOfGroup(group);
                        if (--tables.missingGroups[reading] == 0) {
                            complete[reading >>> 6] |= 1L << reading;
                        }
                    }
                }
            }
        }
        elsewhere = Elsewhere.of(segments, tokens.size(), other, own);
    }

    /** The first reading from the given one on whose cue groups all occur, or -1 when there is none. */
    private int nextComplete(int from) {
        for (int word = from >>> 6; word < complete.length; word++) {
            long bits = complete[word] & (word == from >>> 6 ? -1L << from : -1L);
            if (bits != 0) {
                return (word << 6) + Long.numberOfTrailingZeros(bits);
            }
        }
        return -1;
    }

    /**
     * Puts in {@link #matched} the cue phrases that start at a token and lie whole within its sentence, in the order
     * the catalogues list them (the order their occurrences keep when several start at one token); returns how many.
     */
    private int phrasesAt(int first) {
        int count = 0;
        int sentence = segments.sentenceOf(first);
        PhraseTree node = entries[first].tree;
        for (int next = first + 1; node != null; next++) {
            for (TextExtractor.Phrase phrase : node.ending()) {
                if (count == matched.length) {
                    matched = Arrays.copyOf(matched, count * 2);
                }
                int at = count++;
                while (at > 0 && matched[at - 1].order() > phrase.order()) {
                    matched[at] = matched[at - 1];
                    at--;
                }
                matched[at] = phrase;
            }
            if (next >= tokens.size() || segments.sentenceOf(next) != sentence) {
                break;
            }
            node = node.next(stems[next]);
        }
        return count;
    }

    private void found(TextExtractor.Phrase phrase, int first, int last) {
        if (foundCount == foundPhrases.length) {
            foundPhrases = Arrays.copyOf(foundPhrases, foundCount * 2);
            foundSpans = Arrays.copyOf(foundSpans, foundCount * 4);
        }
        foundPhrases[foundCount] = phrase;
        foundSpans[2 * foundCount] = first;
        foundSpans[2 * foundCount + 1] = last;
        foundCount++;
    }

    /**
     * A reading's cue occurrences in token order. The first call makes those of every reading whose groups all occur
     * (the only ones the steps read) in one pass over the phrases found; any other reading is made on its own.
     */
    private List<Occurrence> occurrencesOf(int reading) {
        if (!occurrencesMade) {
            occurrencesMade = true;
            for (int r = nextComplete(0); r >= 0; r = nextComplete(r + 1)) {
                tables.make(r);
            }
            addOccurrences(-1);
        }
        if (!tables.made(reading)) {
            tables.make(reading);
            addOccurrences(reading);
        }
        return tables.occurrences(reading);
    }

    /** Adds the occurrences of one reading, or of every reading whose groups all occur when it is -1. */
    private void addOccurrences(int only) {
        long[] wanted = complete;
        if (only >= 0) {
            wanted = new long[complete.length];
            wanted[only >>> 6] |= 1L << only;
        }
        for (int m = 0; m < foundCount; m++) {
            if (only < 0 ? !foundPhrases[m].ofAny(wanted) : !foundPhrases[m].of(only)) {
                continue;
            }
            int[] readings = foundPhrases[m].refReadings();
            int[] groups = foundPhrases[m].refGroups();
            for (int k = 0; k < readings.length; k++) {
                int r = readings[k];
                if (r >= 0 && (wanted[r >>> 6] & 1L << r) != 0) {
                    tables.occurrences(r).add(new Occurrence(groups[k], foundSpans[2 * m], foundSpans[2 * m + 1]));
                }
            }
        }
    }

    // --- known messages --------------------------------------------------------------------------------------------

    private void readMessages() {
        if (catalog.messages().isEmpty()) {
            return;
        }
        int[] counts = new int[extractor.messageSentences()];
        /* The message sentences counted in the sentence being read: only they are compared and cleared after it. */
        int[] touched = new int[16];
        int touchedCount = 0;
        /* The sentence, plus one, in which each message stem was last counted: a stem counts once per sentence. */
        int[] countedIn = new int[extractor.messageStems()];
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || segments.sentenceOf(i) != segments.sentenceOf(start)) {
                if (touchedCount > 0) {
                    matchMessages(counts, touched, touchedCount, start, i);
                    for (int t = 0; t < touchedCount; t++) {
                        counts[touched[t]] = 0;
                    }
                    touchedCount = 0;
                }
                start = i;
                if (i == tokens.size()) {
                    break;
                }
            }
            TextExtractor.StemEntry entry = entries[i];
            if (entry != null && entry.messageStem >= 0 && countedIn[entry.messageStem] != segments.sentenceOf(i) + 1) {
                countedIn[entry.messageStem] = segments.sentenceOf(i) + 1;
                for (TextExtractor.MessageRef ref : entry.messages) {
                    if (counts[ref.flat()]++ == 0) {
                        if (touchedCount == touched.length) {
                            touched = Arrays.copyOf(touched, touchedCount * 2);
                        }
                        touched[touchedCount++] = ref.flat();
                    }
                }
            }
        }
    }

    /**
     * Emits each known message whose best sentence has enough of its stems in the tokens from one to another; touched
     * lists the message sentences (by flat number) with a count, in no order.
     */
    private void matchMessages(int[] counts, int[] touched, int touchedCount, int from, int to) {
        if (best == null) {
            best = new double[catalog.messages().size()];
            Arrays.fill(best, -1);
        }
        int[] matching = new int[touchedCount];
        int matchingCount = 0;
        for (int t = 0; t < touchedCount; t++) {
            int flat = touched[t];
            double similarity = counts[flat] / (double) extractor.sentenceSize(flat);
            int message = extractor.messageOf(flat);
            if (similarity >= catalog.similarity() && together(flat, counts[flat], from, to)) {
                if (best[message] < 0) {
                    matching[matchingCount++] = message;
                }
                best[message] = Math.max(best[message], similarity);
            }
        }
        Arrays.sort(matching, 0, matchingCount);
        for (int m = 0; m < matchingCount; m++) {
            int message = matching[m];
            double bestSimilarity = best[message];
            best[message] = -1;
            KnownMessage known = catalog.messages().get(message);
            String[] names = new String[known.slots().size()];
            int[] filledBy = new int[names.length];
            int filled = 0;
            for (KnownMessage.Slot slot : known.slots().values()) {
                int value = slotValue(slot, from, to);
                if (value >= 0) {
                    used[value] = true;
                    names[filled] = slot.name();
                    filledBy[filled++] = value;
                }
            }
            Binding bindings = new Binding.Slots(Arrays.copyOf(names, filled), Arrays.copyOf(filledBy, filled));
            double similarity = Math.round(bestSimilarity * 100) / 100.0;
            int first = from;
            while (first < to - 1 && !inMessage(message, first)) {
                first++;
            }
            writer.emit(known.facts(), bindings, known.id(), first, to - 1, similarity);
        }
    }

    /** Whether the words of the sentence from one token to another that a message sentence holds stand together. */
    private boolean together(int flat, int count, int from, int to) {
        int[] stemOf = new int[to - from];
        for (int i = from; i < to; i++) {
            stemOf[i - from] = -1;
            if (entries[i] != null) {
                for (TextExtractor.MessageRef ref : entries[i].messages) {
                    if (ref.flat() == flat) {
                        stemOf[i - from] = entries[i].messageStem;
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < stemOf.length; i++) {
            if (stemOf[i] >= 0 && negations[from + i + 1] > negations[from + i] && !negatesMessageWord(stemOf, i)) {
                stemOf[i] = -1;
            }
        }
        int needed = (int) Math.ceil(catalog.similarity() * extractor.sentenceSize(flat) - 1e-9);
        return MessageSpans.together(stemOf, Math.min(needed, count), extractor.sentenceSize(flat));
    }

    /**
     * Whether a negation word the message holds ("can't verify", "was not found") negates one of the message's words
     * in the text too: in "the certificate can't match an IP" or "can't reach the server" it negates another verb, and
     * says nothing the message says.
     */
    private static boolean negatesMessageWord(int[] stemOf, int negation) {
        for (int k = negation + 1; k < stemOf.length && k <= negation + MessageSpans.NEGATED_REACH; k++) {
            if (stemOf[k] >= 0 && stemOf[k] != stemOf[negation]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token's stem is one of the message's words. */
    private boolean inMessage(int message, int token) {
        if (entries[token] != null) {
            for (TextExtractor.MessageRef ref : entries[token].messages) {
                if (ref.message() == message) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value filling a slot: of its kinds, after the word the message writes before it, else the first one. */
    private int slotValue(KnownMessage.Slot slot, int from, int to) {
        int fallback = -1;
        for (int i = from; i < to; i++) {
            if (used[i] || !slot.kinds().contains(tokens.get(i).kind())) {
                continue;
            }
            if (slot.after() != null && i > from && slot.after().equals(stems[i - 1])) {
                return i;
            }
            if (fallback < 0) {
                fallback = i;
            }
        }
        return fallback;
    }

    // --- error codes by name -----------------------------------------------------------------------------------------

    private void readCodeNames() {
        for (int i = 0; i < tokens.size(); i++) {
            ErrorCode code = entries[i] == null ? null : entries[i].code;
            if (code != null && code.from() == code.to()) {
                writer.code(i, code);
            }
        }
    }

    // --- values and their roles ------------------------------------------------------------------------------------

    private void readRoles() {
        if (values.length > 0) {
            fillRoles(roleCandidates());
        }
    }

    /** Each value with each role a complete reading could give it, as near as its cues stand. */
    private List<Candidate> roleCandidates() {
        List<Candidate> candidates = new ArrayList<>();
        List<Reading> readings = catalog.readings();
        /* Whether each value is denied, asked once per value rather than once per reading that could take it. */
        boolean[] deniedValue = new boolean[values.length];
        for (int k = 0; k < values.length; k++) {
            deniedValue[k] = denied(values[k]);
        }
        for (int r = nextComplete(0); r >= 0; r = nextComplete(r + 1)) {
            Reading reading = readings.get(r);
            if (!reading.isRole()) {
                continue;
            }
            for (int k = 0; k < values.length; k++) {
                int v = values[k];
                if (!used[v] && reading.accepts(tokens.get(v)) && !formerValue(v)
                        && !(reading.polarity() == Reading.Polarity.AFFIRMED && deniedValue[k])) {
                    candidate(r, reading, v).ifPresent(candidates::add);
                }
            }
        }
        return candidates;
    }

    /** Gives each value the role of its best candidate, each role once per sentence, and states what that says. */
    private void fillRoles(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        List<Reading> readings = catalog.readings();
        candidates.sort(Comparator.comparing((Candidate candidate) -> readings.get(candidate.reading()).fallback())
                .thenComparingInt(Candidate::score).thenComparingInt(Candidate::value));
        Set<Long> filled = new HashSet<>();
        Set<String> stated = new HashSet<>();
        for (Candidate candidate : candidates) {
            long slot = ((long) candidate.reading() << 32) | segments.sentenceOf(candidate.value());
            Reading reading = readings.get(candidate.reading());
            if (used[candidate.value()] || filled.contains(slot) || reading.fallback() && statedBefore(reading, stated)) {
                continue;
            }
            used[candidate.value()] = true;
            filled.add(slot);
            reading.facts().forEach(template -> stated.add(template.subject()));
            writer.emit(reading.facts(), binding(candidate), reading.id(), candidate.first(), candidate.last(), null);
        }
    }

    /** Whether a stricter reading already gave the text a fact this fallback reading gives. */
    private static boolean statedBefore(Reading reading, Set<String> stated) {
        for (FactTemplate template : reading.facts()) {
            if (stated.contains(template.subject())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a denial stands just before a value in its clause, with no pause and no other value between: the 5060
     * in "TCP on 5065, not 5060" or "nothing listens on 5060" is what the setting is not. Only readings of what is
     * (affirmed) heed it; one that reads an absence ("no A record for sip.contoso.com") means the denial.
     */
    private boolean denied(int value) {
        for (int i = value - 1; i >= 0 && value - i <= DENIAL_REACH; i--) {
            if (segments.pauseBefore(i + 1) || segments.clauseOf(i) != segments.clauseOf(value)
                    || tokens.get(i).isValue()) {
                return false;
            }
            if (denial[i] && !affirming[i]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value is the one a change replaced: X in "changed from X to Y" is no longer the setting. */
    private boolean formerValue(int v) {
        return v >= 1 && v + 2 < tokens.size() && "from".equals(stems[v - 1]) && "to".equals(stems[v + 1])
                && tokens.get(v + 2).kind() == tokens.get(v).kind();
    }

    private Optional<Candidate> candidate(int r, Reading reading, int v) {
        int sentence = reading.acrossSentences() ? ANY_SENTENCE : segments.sentenceOf(v);
        int worst = 0;
        int first = v;
        int last = v;
        List<Occurrence> list = occurrencesOf(r);
        for (int g = 0; g < reading.cues().size(); g++) {
            if (reading.isContext(g)) {
                if (!inContext(list, g, v, reading.contextWithin())) {
                    return Optional.empty();
                }
                continue;
            }
            Occurrence nearest = nearest(list, g, v, sentence);
            int distance;
            if (nearest != null) {
                distance = distance(nearest, v);
            } else if (sentence != ANY_SENTENCE && (nearest = inQuestionBefore(list, g, v)) != null) {
                distance = reading.within();
            } else {
                return Optional.empty();
            }
            if (distance > reading.within()) {
                return Optional.empty();
            }
            worst = Math.max(worst, distance);
            first = Math.min(first, nearest.first());
            last = Math.max(last, nearest.last());
        }
        if (hypotheticalBefore(first) || hypothetical(v) || elsewhere.about(segments.clauseOf(v))) {
            return Optional.empty();
        }
        Occurrence veto = nearest(list, -1, v, sentence);
        if (veto != null && segments.clauseOf(veto.first()) == segments.clauseOf(v)
                && Math.min(Math.abs(veto.first() - v), Math.abs(veto.last() - v)) <= reading.within()
                && !anotherValueBetween(veto, v) && !(veto.first() > v && pauseBetween(v, veto.first()))) {
            return Optional.empty();
        }
        int anchor = -1;
        if (!reading.anchor().isEmpty()) {
            anchor = anchor(reading, v, first < v);
            if (anchor < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new Candidate(r, v, worst + reading.penalty(), anchor, first, last));
    }

    /**
     * Whether a context group of a reading occurs within reach of a token, in any sentence: the topic of the text
     * around a value ("we use TCP" said once, the port given two sentences on).
     */
    private boolean inContext(List<Occurrence> list, int group, int token, int reach) {
        for (Occurrence other : near(list, token, reach)) {
            if (other.group() == group) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another value of the same kind stands between a veto word and this value: the word then speaks for
     * that nearer value, not for this one ("TLS 5061, TCP 5065": TLS vetoes 5061, not 5065). Values offered as
     * alternatives ("allows contoso.com or sip.contoso.com") fill one slot, and the word speaks for them all.
     */
    private boolean anotherValueBetween(Occurrence veto, int value) {
        ValueKind kind = tokens.get(value).kind();
        int first = value;
        while (first >= 2 && "or".equals(stems[first - 1]) && tokens.get(first - 2).kind() == kind) {
            first -= 2;
        }
        int last = value;
        while (last + 2 < tokens.size() && "or".equals(stems[last + 1]) && tokens.get(last + 2).kind() == kind) {
            last += 2;
        }
        int from = Math.min(veto.last(), value) + 1;
        int to = Math.max(veto.first(), value);
        for (int i = from; i < to; i++) {
            if (tokens.get(i).kind() == kind && (i < first || i > last)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far a cue stands from a value, in tokens: a cue written after the value counts double (labels come first
     * in English: "internal server X" more often than "X as the internal server"), and another value between the
     * cue and this one means the cue is more likely that value's. A status lookup output prints for another DNS name
     * ("can't find X", "X: Non-existent domain") is that name's alone. An arrow between them ("X -> Non-existent
     * domain") relates them as a colon would, and adds no distance.
     */
    private int distance(Occurrence cue, int value) {
        int step = cue.last() < value || namedAs(cue, value) ? 1 : 2;
        int distance = cue.last() < value ? value - cue.last()
                : step == 1 ? cue.first() - value : distanceAfter(value, cue.first());
        if (distance > FAR) {
            return distance;
        }
        if (StatusLabels.namesAnother(text, tokens, cue.first(), cue.last(), value)) {
            return FAR + distance;
        }
        int from = Math.min(cue.last(), value) + 1;
        int to = Math.max(cue.first(), value);
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isValue() && tokens.get(i).kind() != ValueKind.NUMBER) {
                return distance + 4;
            }
            if (Lexer.ARROW.equals(tokens.get(i).text())) {
                distance -= step;
            }
        }
        if (cue.first() > value) {
            ValueKind kind = tokens.get(value).kind();
            for (int i = cue.last() + 1; i < tokens.size() && i <= cue.last() + OWN_VALUE_REACH; i++) {
                if (tokens.get(i).kind() == kind) {
                    return distance + 4;
                }
            }
        }
        return distance;
    }

    /**
     * A cue after the value counts each word between them twice, except the words that label a DNS name with its kind
     * of record, which count once: only this branch needs the label, so only it looks for one.
     */
    private int distanceAfter(int value, int cue) {
        int label = cue > value ? recordLabelAfter(value, cue) : 0;
        return label + 2 * (cue - value - label) + 1;
    }

    /**
     * How many words just after a DNS name, and before a cue, label the name with its kind of record ("SRV record",
     * "A record", "DNS entry"); none when the run of such words names no record.
     */
    private int recordLabelAfter(int value, int cue) {
        ValueKind kind = tokens.get(value).kind();
        if (kind != ValueKind.FQDN && kind != ValueKind.SRV_NAME) {
            return 0;
        }
        int end = value + 1;
        boolean noun = false;
        while (end < cue && !tokens.get(end).isValue() && RECORD_KIND_WORDS.contains(stems[end])) {
            noun |= RECORD_NOUNS.contains(stems[end]);
            end++;
        }
        return noun && !segments.pauseBefore(value + 1) ? end - value - 1 : 0;
    }

    /**
     * Whether the cue names the value's role in an "X as (the) CUE" phrase ("typed 10.0.0.5 as the server", "had
     * sip.contoso.com:5061 as the external server"), which binds as closely as a label before the value.
     */
    private boolean namedAs(Occurrence cue, int value) {
        int gap = cue.first() - value;
        return (gap == 2 || gap == 3 && DETERMINERS.contains(stems[value + 2])) && "as".equals(stems[value + 1]);
    }

    /** The index of the first occurrence at or after the token (occurrences are in text order). */
    private static int firstFrom(List<Occurrence> list, int token) {
        int low = 0;
        int high = list.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (list.get(middle).first() < token) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** A cue of the group in the question that the value's sentence answers, the one nearest the reply. */
    private Occurrence inQuestionBefore(List<Occurrence> list, int group, int value) {
        int question = answers.questionBefore(value);
        if (question < 0) {
            return null;
        }
        for (int i = firstFrom(list, value) - 1; i >= 0; i--) {
            Occurrence occurrence = list.get(i);
            int sentence = segments.sentenceOf(occurrence.first());
            if (sentence < question) {
                return null;
            }
            if (sentence == question && occurrence.group() == group) {
                return occurrence;
            }
        }
        return null;
    }

    /**
     * The occurrence of a group nearest the token, in the given sentence (any, for ANY_SENTENCE); a binary search, as
     * the list is ordered.
     */
    private Occurrence nearest(List<Occurrence> list, int group, int token, int sentence) {
        int low = firstFrom(list, token);
        Occurrence best = null;
        for (int i = low - 1; i >= 0 && i >= low - SEARCH_STEPS && inSentence(list.get(i), sentence);
                i--) {
            if (list.get(i).group() == group) {
                best = list.get(i);
                break;
            }
        }
        for (int i = low; i < list.size() && i < low + SEARCH_STEPS && inSentence(list.get(i), sentence);
                i++) {
            if (list.get(i).group() == group) {
                if (best == null || distance(list.get(i), token) < distance(best, token)) {
                    best = list.get(i);
                }
                break;
            }
        }
        return best;
    }

    private boolean inSentence(Occurrence occurrence, int sentence) {
        return sentence == ANY_SENTENCE || segments.sentenceOf(occurrence.first()) == sentence;
    }

    /**
     * The second value a reading needs: the one after the value in its sentence, else the nearest before it. When a cue
     * stands before the value, the text reads in the order the record is written ("lyncdiscover.contoso.com CNAME ->
     * webext.contoso.net, whose cert has only contoso.net names"), and the one before it comes first.
     */
    private int anchor(Reading reading, int v, boolean cueBefore) {
        if (cueBefore) {
            int before = anchorBefore(reading, v);
            return before >= 0 ? before : anchorAfter(reading, v);
        }
        int after = anchorAfter(reading, v);
        return after >= 0 ? after : anchorBefore(reading, v);
    }

    private int anchorAfter(Reading reading, int v) {
        int sentence = segments.sentenceOf(v);
        for (int i = v + 1; i < tokens.size() && segments.sentenceOf(i) == sentence; i++) {
            if (reading.anchor().contains(tokens.get(i).kind())) {
                return i;
            }
        }
        return -1;
    }

    private int anchorBefore(Reading reading, int v) {
        for (int i = v - 1; i >= 0 && v - i <= ANCHOR_REACH; i--) {
            if (reading.anchor().contains(tokens.get(i).kind())) {
                return i;
            }
        }
        return -1;
    }

    /** The tokens that fill a value's role: a host:port carries its own port. */
    private Binding binding(Candidate candidate) {
        int value = candidate.value();
        return new Binding.Role(value, tokens.get(value).kind() == ValueKind.HOST_PORT ? -1 : portNear(value),
                tokens.get(value).kind() == ValueKind.HOST_PORT ? -1 : portAfter(value), candidate.anchor());
    }

    /**
     * The port stated with a host name: "on port 5061" after it, a number just after it ("sip.contoso.com 5061", as
     * people copy an SRV answer or a telnet command), "port = 5061" in the lines above it (as nslookup prints an SRV
     * answer), or the last of three numbers before it (priority, weight, port, as dig prints one).
     */
    private int portNear(int value) {
        int after = portAfter(value);
        if (after >= 0) {
            return after;
        }
        if (value + 1 < tokens.size() && tokens.get(value + 1).kind() == ValueKind.NUMBER
                && segments.sentenceOf(value + 1) == segments.sentenceOf(value) && !segments.pauseBefore(value + 1)) {
            return value + 1;
        }
        for (int i = value - 1; i >= 1 && value - i <= 12; i--) {
            if (tokens.get(i).kind() == ValueKind.NUMBER && "port".equals(stems[i - 1])) {
                return i;
            }
        }
        if (value >= 3 && tokens.get(value - 1).kind() == ValueKind.NUMBER
                && tokens.get(value - 2).kind() == ValueKind.NUMBER && tokens.get(value - 3).kind() == ValueKind.NUMBER) {
            return value - 1;
        }
        return -1;
    }

    /**
     * The number token of the port written just after a host name ("edge.contoso.com with port 5061", "-> pool.contoso.com
     * on 5061"), or -1.
     */
    private int portAfter(int value) {
        int sentence = segments.sentenceOf(value);
        for (int i = value + 1; i < tokens.size() && i <= value + 4 && segments.sentenceOf(i) == sentence; i++) {
            if (tokens.get(i).kind() == ValueKind.NUMBER
                    && ("port".equals(stems[i - 1]) || i == value + 2 && "on".equals(stems[i - 1]))) {
                return i;
            }
        }
        return -1;
    }

    // --- statements ----------------------------------------------------------------------------------------------

    private void readStatements() {
        List<Reading> readings = catalog.readings();
        /* The reading, plus one, that last stated something in each clause: a reading states a clause once. */
        int[] clauseDoneBy = new int[tokens.isEmpty() ? 0 : segments.clauseOf(tokens.size() - 1) + 1];
        for (int r = nextComplete(0); r >= 0; r = nextComplete(r + 1)) {
            Reading reading = readings.get(r);
            if (reading.isRole()) {
                continue;
            }
            for (Occurrence subject : occurrencesOf(r)) {
                int clause = segments.clauseOf(subject.first());
                if (subject.group() != 0 || clauseDoneBy[clause] == r + 1) {
                    continue;
                }
                Optional<int[]> span = statement(r, reading, occurrencesOf(r), subject);
                if (span.isPresent()) {
                    clauseDoneBy[clause] = r + 1;
                    writer.emit(reading.facts(), Binding.NONE, reading.id(), span.get()[0], span.get()[1], null);
                }
            }
        }
    }

    /**
     * The span of a statement whose first cue group occurs at the subject, when every other group occurs near it in
     * its clause (or in the clause before, within the sentence: "internal users sign in, but external users cannot"
     * borrows "sign in"), no veto occurs in the clause, and the clause's negation fits the reading's polarity.
     */
    private Optional<int[]> statement(int r, Reading reading, List<Occurrence> list, Occurrence subject) {
        int clause = segments.clauseOf(subject.first());
        int sentence = segments.sentenceOf(subject.first());
        int first = subject.first();
        int last = subject.last();
        List<Occurrence> parts = new ArrayList<>(List.of(subject));
        for (int g = 1; g < reading.cues().size(); g++) {
            if (reading.isContext(g)) {
                if (!inContext(list, g, subject.first(), reading.contextWithin())) {
                    return Optional.empty();
                }
                continue;
            }
            Occurrence best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Occurrence other : near(list, subject.first(), reading.within())) {
                if (other.group() != g || segments.sentenceOf(other.first()) != sentence || straddles(other, parts)) {
                    continue;
                }
                int otherClause = segments.clauseOf(other.first());
                if (otherClause != clause && otherClause != clause - 1) {
                    continue;
                }
                int distance = Math.abs(other.first() - subject.first()) + (otherClause != clause ? 100 : 0)
                        + (pauseBetween(Math.min(other.last(), subject.last()), Math.max(other.first(),
                                subject.first())) ? ACROSS_PAUSE : 0);
                if (distance < bestDistance) {
                    best = other;
                    bestDistance = distance;
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            parts.add(best);
            if (segments.clauseOf(best.first()) == clause) {
                first = Math.min(first, best.first());
                last = Math.max(last, best.last());
            }
        }
        if (vetoed(reading, list, subject, clause, first, last)) {
            return Optional.empty();
        }
        if (hypotheticalBefore(first) || deniesTrouble(parts) || elsewhere.about(clause)) {
            return Optional.empty();
        }
        if (reading.polarity() == Reading.Polarity.EITHER && dismissed(clause, parts)) {
            return Optional.empty();
        }
        boolean negated = negated(clause, parts, r);
        return reading.holds(negated) ? Optional.of(new int[] {first, last}) : Optional.empty();
    }

    /**
     * Whether an unless phrase cancels the statement spanning first to last: next to it, with no comma or colon
     * between the phrase and the nearer end of the span (a pause inside the span does not separate them), or, for a
     * reading whose unless phrases reach the clause, anywhere in the clause where the phrase is not itself negated.
     */
    private boolean vetoed(Reading reading, List<Occurrence> list, Occurrence subject, int clause, int first,
            int last) {
        List<Occurrence> candidates = near(list, subject.first(),
                reading.unlessInClause() ? FAR : reading.within() + VETO_REACH);
        for (Occurrence other : candidates) {
            if (other.group() != -1 || segments.clauseOf(other.first()) != clause) {
                continue;
            }
            if (reading.unlessInClause()) {
                if (!negated(clause, List.of(other), -1)) {
                    return true;
                }
                continue;
            }
            boolean before = other.last() < first;
            boolean after = other.first() > last;
            if (other.last() >= first - VETO_REACH && other.first() <= last + VETO_REACH
                    && !(before && pauseBetween(other.last(), first)) && !(after && pauseBetween(last, other.first()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comma, colon or bracket stands somewhere between two tokens. */
    private boolean pauseBetween(int from, int to) {
        for (int i = from + 1; i <= to; i++) {
            if (segments.pauseBefore(i)) {
                return true;
            }
        }
        return false;
    }

    /** The occurrences within reach of a token, found by binary search in the ordered list. */
    private List<Occurrence> near(List<Occurrence> list, int token, int reach) {
        int low = 0;
        int high = list.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (list.get(middle).first() < token - reach) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int end = low;
        while (end < list.size() && list.get(end).first() <= token + reach) {
            end++;
        }
        return list.subList(low, end);
    }

    /**
     * Whether a negation word governs one of the statement's cue words: it stands just before it ("never enabled",
     * "can't sign in") or just after it ("sign-in fails", "enabled? no") in the same clause, with no comma or colon
     * between ("enabled, not expired" says nothing against "enabled"), and is not itself part of a longer cue phrase
     * ("no problem" is an idiom the reading already means). A cue that is a negation word alone ("users fail")
     * negates its clause.
     */
    private boolean negated(int clause, List<Occurrence> parts, int reading) {
        for (Occurrence part : parts) {
            if (segments.clauseOf(part.first()) != clause) {
                continue;
            }
            if (part.first() == part.last() && isNegator(part.first())) {
                return true;
            }
            for (int k = part.first() - 1; k >= 0 && part.first() - k <= NEGATION_REACH; k--) {
                if (segments.pauseBefore(k + 1) || segments.clauseOf(k) != clause
                        || negationScope.startsSequel(k) && !inside(k, parts)) {
                    break;
                }
                if (isNegator(k) && !inside(k, parts)) {
                    return true;
                }
            }
            for (int k = part.last() + 1; k < tokens.size() && k - part.last() <= TRAILING_NEGATION_REACH; k++) {
                if (segments.pauseBefore(k) && negationScope.answersNo(k)) {
                    return true;
                }
                if (segments.pauseBefore(k) || segments.clauseOf(k) != clause) {
                    break;
                }
                if (isNegator(k) && !inside(k, parts) && !contrast(reading, k + 1) && !governsVerbAfter(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a negation of ability after a statement's cue governs the verb after it instead ("the TCP clients cannot
     * sign in", "clients using TCP fail to connect"): what fails is the sign-in, not the TCP before it. The verb is
     * "to" and what follows, or a cue phrase found whole right after it ("fails for every extension" has none), with no
     * pause between; "sign-in fails since Monday" and "Transport: TCP -> fails" govern nothing after them and still
     * negate what came before.
     */
    private boolean governsVerbAfter(int k) {
        int next = k + 1;
        if (next >= tokens.size() || segments.pauseBefore(next) || segments.clauseOf(next) != segments.clauseOf(k)
                || !catalog.scopeWords().abilityNegators().contains(stems[k])) {
            return false;
        }
        return "to".equals(stems[next]) || cueStarts[next];
    }

    /**
     * Whether a denial stands just before a cue of a statement that holds either way ("not profile permissions", "no
     * access denied in the log", "never a name mismatch"): such a statement carries its own negation in its cues
     * ("cannot create", "does not match"), so a negation of it does not turn it round; a denial of the whole says the
     * thing did not happen. A negation of ability ("fails with access denied") is no denial.
     */
    private boolean dismissed(int clause, List<Occurrence> parts) {
        for (Occurrence part : parts) {
            if (segments.clauseOf(part.first()) != clause) {
                continue;
            }
            for (int k = part.first() - 1; k >= 0 && part.first() - k <= DISMISSAL_REACH; k--) {
                if (segments.pauseBefore(k + 1) || segments.clauseOf(k) != clause || tokens.get(k).isValue()
                        || inside(k, parts)) {
                    break;
                }
                if (denial[k] && !affirming[k] && negationScope.negates(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether another value of the same setting starts at a token, so that a negation word just before it sets the two
     * apart rather than negating what came first: in "I chose TCP not TLS" the "not" belongs to TLS, not to TCP.
     */
    private boolean contrast(int reading, int token) {
        if (reading < 0 || token >= tokens.size()) {
            return false;
        }
        for (int sibling : extractor.siblings(reading)) {
            for (Occurrence other : near(occurrencesOf(sibling), token, 0)) {
                if (other.first() == token && other.group() == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isNegator(int token) {
        return negations[token + 1] - negations[token] > 0 && !affirming[token] && negationScope.negates(token);
    }

    /**
     * Whether a cue of the statement is a word of trouble that a negation denies ("no sign-in problems"): the
     * statement then says the opposite of what its cues name.
     */
    private boolean deniesTrouble(List<Occurrence> parts) {
        for (Occurrence part : parts) {
            for (int k = part.first(); k <= part.last(); k++) {
                int negation = negationScope.troubleDeniedBy(k);
                if (negation >= 0 && !inside(negation, parts)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a cue shares words with a cue already taken for the statement without either holding the other: in "a
     * newer version is available" the "newer version" and the "version is" are one reading of the words, not two cues.
     * A cue inside a longer one ("isn't supported" in "client isn't supported") is how an entry says the longer phrase
     * is enough alone.
     */
    private static boolean straddles(Occurrence cue, List<Occurrence> parts) {
        for (Occurrence part : parts) {
            boolean shares = cue.first() <= part.last() && part.first() <= cue.last();
            boolean holds = cue.first() <= part.first() && part.last() <= cue.last()
                    || part.first() <= cue.first() && cue.last() <= part.last();
            if (shares && !holds) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(int token, List<Occurrence> parts) {
        for (Occurrence part : parts) {
            if (token >= part.first() && token <= part.last()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an irrealis phrase stands at or before the token in its clause, close enough to govern it. */
    private boolean hypothetical(int token) {
        return hypothetical(token, token);
    }

    /**
     * Whether an irrealis phrase stands before a reading's first cue: a cue that itself opens with an irrealis word
     * ("must change password at next logon", "needs it") is the reading's own words, not a wish about them.
     */
    private boolean hypotheticalBefore(int cue) {
        return hypothetical(cue, cue - 1);
    }

    private boolean hypothetical(int token, int from) {
        if (questions.inHypothesis(token)) {
            return true;
        }
        int clause = segments.clauseOf(token);
        for (int i = from; i >= 0 && token - i <= IRREALIS_REACH && segments.clauseOf(i) == clause; i--) {
            if (irrealis[i]) {
                return true;
            }
        }
        return false;
    }
}
